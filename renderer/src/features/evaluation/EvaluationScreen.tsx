import { useCallback, useState } from 'react';
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
        label="Evaluation lead"
        description="Your name: it is recorded in the audit trail with every import and moderation."
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
        <Alert color="red" title="The stored scores could not be read">
          {recordsError}
        </Alert>
      ) : null}
      <Tabs value={step} onChange={(v) => setStep((v as Step) ?? 'setup')} keepMounted={false} variant="pills">
        <Tabs.List aria-label={`Evaluation steps for ${lot.title}`}>
          <Tabs.Tab value="setup">Set-up</Tabs.Tab>
          <Tabs.Tab
            value="workbooks"
            rightSection={
              evaluation.evaluators.length ? (
                <Badge size="sm" variant="light" tt="none" color={imported === evaluation.evaluators.length ? 'teal' : 'gray'}>
                  {imported}/{evaluation.evaluators.length} back
                </Badge>
              ) : null
            }
          >
            Workbooks
          </Tabs.Tab>
          <Tabs.Tab
            value="consensus"
            rightSection={
              toModerate ? (
                <Badge size="sm" variant="light" tt="none" color="orange">
                  {toModerate} flagged
                </Badge>
              ) : null
            }
          >
            Consensus
          </Tabs.Tab>
          <Tabs.Tab value="ranking">Ranking</Tabs.Tab>
          <Tabs.Tab value="audit">Audit trail</Tabs.Tab>
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
  const [active, setActive] = useState<string | null>(content.lots[0]?.id ?? null);
  const current = content.lots.find((l) => l.id === active) ?? content.lots[0];
  if (!current) return null;
  return (
    <div>
      <Text size="sm" fw={600} c="dimmed" id="evaluation-lots-label" mb={6}>
        Lots in “{content.title}”
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
  const { id } = useOpenTender();
  return (
    <Stack gap="lg">
      <ScreenIntro title="Evaluation">
        Score the bids of each lot with a panel: set up the bidders and evaluators, send each evaluator an Excel workbook, bring the filled
        workbooks back, agree a consensus where scores differ, and see the ranking. Every total is recomputed by Tenderwright; nothing is
        taken from a spreadsheet’s own results.
      </ScreenIntro>
      <TenderGate>{(content) => (id ? <LotTabs tenderId={id} content={content} /> : null)}</TenderGate>
    </Stack>
  );
}
