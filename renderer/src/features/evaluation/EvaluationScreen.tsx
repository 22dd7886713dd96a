import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Stack, Tabs, Text, TextInput } from '@mantine/core';
import type { Lot, TenderContent } from '@shared/model/tender';
import { ScreenIntro } from '../../components/ScreenHeading';
import { TenderGate } from '../../components/TenderGate';
import { useActions, useOpenTender } from '../../store';
import { AuditPanel } from './AuditPanel';
import { ConsensusPanel } from './ConsensusPanel';
import { RankingPanel } from './RankingPanel';
import { SetupPanel } from './SetupPanel';
import { WorkbookDropZone } from './WorkbookDropZone';
import type { DroppedFiles } from './workbookFiles';
import { WorkbooksPanel } from './WorkbooksPanel';
import { useLotEvaluation, useSetupEditor } from './useLotEvaluation';

type Step = 'setup' | 'workbooks' | 'consensus' | 'ranking' | 'audit';

function LotEvaluationPanel({ tenderId, lot }: { tenderId: string; lot: Lot }) {
  const { t } = useTranslation('evaluation');
  const { lot: merged, evaluation, results, recordsError } = useLotEvaluation(tenderId, lot);
  const edit = useSetupEditor(lot.id);
  const { endEditBurst } = useActions();
  const [step, setStep] = useState<Step>('setup');
  // Workbooks dropped on any step are imported on the Workbooks step, where their results show.
  const [dropped, setDropped] = useState<DroppedFiles | null>(null);
  const onDrop = useCallback((files: File[]) => {
    setStep('workbooks');
    setDropped((d) => ({ files, seq: (d?.seq ?? 0) + 1 }));
  }, []);
  const imported = results.panel.filter((p) => p.import).length;
  const toModerate = results.flaggedCount;
  return (
    <Stack gap="md">
      <WorkbookDropZone lotTitle={lot.title} lead={evaluation.lead.trim()} onFiles={onDrop} />
      <TextInput
        label={t('screen.lead')}
        description={t('screen.leadHelp')}
        value={evaluation.lead}
        maxLength={300}
        maw={420}
        onChange={(e) => {
          const lead = e.currentTarget.value;
          edit(`eval:${lot.id}:lead`, (ev) => ({ ...ev, lead }));
        }}
        onBlur={endEditBurst}
      />
      {recordsError ? (
        <Alert color="red" title={t('screen.recordsFailed')}>
          {recordsError}
        </Alert>
      ) : null}
      <Tabs value={step} onChange={(v) => setStep((v as Step) ?? 'setup')} keepMounted={false} variant="pills">
        <Tabs.List aria-label={t('screen.steps', { lot: lot.title })}>
          <Tabs.Tab value="setup">{t('screen.setup')}</Tabs.Tab>
          <Tabs.Tab
            value="workbooks"
            rightSection={
              evaluation.evaluators.length ? (
                <Badge size="sm" variant="light" tt="none" color={imported === evaluation.evaluators.length ? 'teal' : 'gray'}>
                  {t('screen.back', { imported, count: evaluation.evaluators.length })}
                </Badge>
              ) : null
            }
          >
            {t('screen.workbooks')}
          </Tabs.Tab>
          <Tabs.Tab
            value="consensus"
            rightSection={
              toModerate ? (
                <Badge size="sm" variant="light" tt="none" color="orange">
                  {t('screen.flagged', { count: toModerate })}
                </Badge>
              ) : null
            }
          >
            {t('screen.consensus')}
          </Tabs.Tab>
          <Tabs.Tab value="ranking">{t('screen.ranking')}</Tabs.Tab>
          <Tabs.Tab value="audit">{t('screen.audit')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="setup" pt="md">
          <SetupPanel lot={merged} evaluation={evaluation} />
        </Tabs.Panel>
        <Tabs.Panel value="workbooks" pt="md">
          <WorkbooksPanel tenderId={tenderId} lot={merged} evaluation={evaluation} results={results} dropped={dropped} />
        </Tabs.Panel>
        <Tabs.Panel value="consensus" pt="md">
          <ConsensusPanel tenderId={tenderId} lot={merged} evaluation={evaluation} results={results} />
        </Tabs.Panel>
        <Tabs.Panel value="ranking" pt="md">
          <RankingPanel results={results} />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="md">
          <AuditPanel evaluation={evaluation} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function LotTabs({ tenderId, content }: { tenderId: string; content: TenderContent }) {
  const { t } = useTranslation('evaluation');
  const [active, setActive] = useState<string | null>(content.lots[0]?.id ?? null);
  const current = content.lots.find((l) => l.id === active) ?? content.lots[0];
  if (!current) return null;
  return (
    <div>
      <Text size="sm" fw={600} c="dimmed" id="evaluation-lots-label" mb={6}>
        {t('screen.lots', { title: content.title })}
      </Text>
      <Tabs value={current.id} onChange={setActive} keepMounted={false}>
        <Tabs.List aria-labelledby="evaluation-lots-label">
          {content.lots.map((lot) => (
            <Tabs.Tab key={lot.id} value={lot.id}>
              {lot.title}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {content.lots.map((lot) => (
          <Tabs.Panel key={lot.id} value={lot.id} pt="lg">
            {lot.id === current.id ? <LotEvaluationPanel key={lot.id} tenderId={tenderId} lot={lot} /> : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}

export function EvaluationScreen() {
  const { t } = useTranslation('evaluation');
  const { id } = useOpenTender();
  return (
    <Stack gap="lg">
      <ScreenIntro title={t('screen.title')}>{t('screen.intro')}</ScreenIntro>
      <TenderGate>{(content) => (id ? <LotTabs tenderId={id} content={content} /> : null)}</TenderGate>
    </Stack>
  );
}
