import './export.css';
import { useState, type ReactNode } from 'react';
import { Alert, Badge, Button, Checkbox, Group, List, Loader, Paper, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileTypeDocx } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import type { ExportPreview, FileCapabilities } from '@shared/api/contract';
import { formatWeight } from '@shared/rules/weights';
import { call } from '../../api';
import { ScreenIntro } from '../../components/ScreenHeading';
import { TenderGate } from '../../components/TenderGate';
import { messageOf } from '../../lib/errors';
import type { TenderMeta } from '../../store';
import type { TenderContent } from '@shared/model/tender';
import { LANGUAGE_NAMES, languageOf, localeOf } from '@shared/model/language';
import { FindingsList } from './FindingsList';
import { NoticeExport } from './NoticeExport';
import { STEP_LABELS, STEP_PROGRESS, today, useCapabilities, useExportRun, usePreview, type ExportKind, type RunState } from './useExport';

/** The sentences that name the document a run exports: French and Spanish agree with it, so one per document. */
const RUN_TEXT: Record<ExportKind, { running: (step: string) => string; failed: () => string; ready: () => string; saved: () => string }> =
  {
    wordPack: {
      running: (step) => t('exporting:run.running.wordPack', { step }),
      failed: () => t('exporting:run.failed.wordPack'),
      ready: () => t('exporting:run.ready.wordPack'),
      saved: () => t('exporting:run.saved.wordPack'),
    },
    clauses: {
      running: (step) => t('exporting:run.running.clauses', { step }),
      failed: () => t('exporting:run.failed.clauses'),
      ready: () => t('exporting:run.ready.clauses'),
      saved: () => t('exporting:run.saved.clauses'),
    },
  };

function LotSummary({ lot }: { lot: ExportPreview['lots'][number] }) {
  const { t } = useTranslation('exporting');
  // A list of counts, each a phrase of its own; the separator is the list's, not a sentence's.
  const parts = [t('lot.criteria', { count: lot.criteria })];
  if (lot.subCriteria) parts.push(t('lot.subCriteria', { count: lot.subCriteria }));
  parts.push(t('lot.requirements', { count: lot.requirements }));
  parts.push(lot.minimumQualityScore ? t('lot.minimumScore', { points: formatWeight(lot.minimumQualityScore) }) : t('lot.noMinimumScore'));
  return (
    <List.Item>
      <strong>{lot.title}</strong> — {parts.join(t('lot.separator'))}
    </List.Item>
  );
}

function RunStatus({ run, caps }: { run: RunState; caps: FileCapabilities | null }) {
  const { t } = useTranslation('exporting');
  const [shellError, setShellError] = useState<string | null>(null);
  if (run.status === 'idle') return null;
  if (run.status === 'running') {
    return (
      <Paper withBorder p="md" radius="md">
        <Text size="sm" mb={6}>
          {RUN_TEXT[run.kind].running(STEP_LABELS[run.step]())}
        </Text>
        <Progress value={STEP_PROGRESS[run.step]} animated striped aria-label={t('run.progress', { step: STEP_LABELS[run.step]() })} />
      </Paper>
    );
  }
  if (run.status === 'failed') {
    return (
      <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />} title={RUN_TEXT[run.kind].failed()}>
        <Text size="sm">{run.message}</Text>
        {run.issues.length > 0 ? (
          <List size="sm" mt="xs">
            {run.issues.map((issue) => (
              <List.Item key={`${issue.path}:${issue.message}`}>{issue.message}</List.Item>
            ))}
          </List>
        ) : null}
      </Alert>
    );
  }
  const { outcome } = run;
  if (outcome.status === 'cancelled') {
    return (
      <Alert color="gray" title={t('run.notSaved')}>
        <Text size="sm">{t('run.cancelled', { file: run.fileName })}</Text>
      </Alert>
    );
  }
  if (outcome.status === 'download') {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden />} title={RUN_TEXT[run.kind].ready()}>
        <Text size="sm">{t('run.download', { file: run.fileName })}</Text>
      </Alert>
    );
  }
  const shell = async (method: 'files.open' | 'files.showInFolder') => {
    setShellError(null);
    try {
      await call(method, { path: outcome.path });
    } catch (e) {
      setShellError(messageOf(e));
    }
  };
  return (
    <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden />} title={RUN_TEXT[run.kind].saved()}>
      <Text size="sm" className="tw-export-path">
        {outcome.path}
      </Text>
      <Group gap="xs" mt="sm">
        {caps?.open ? (
          <Button size="xs" variant="light" onClick={() => void shell('files.open')}>
            {t('run.openFile')}
          </Button>
        ) : null}
        {caps?.showInFolder ? (
          <Button size="xs" variant="default" onClick={() => void shell('files.showInFolder')}>
            {t('run.showInFolder')}
          </Button>
        ) : null}
      </Group>
      {shellError ? (
        <Text size="sm" c="red" mt="xs">
          {shellError}
        </Text>
      ) : null}
    </Alert>
  );
}

interface ExportCardProps {
  /** Also names the message saying why it cannot be exported yet. */
  headingId: string;
  title: string;
  intro: string;
  exportLabel: string;
  variant?: 'filled' | 'light';
  ready: boolean;
  busy: boolean;
  disabled: boolean;
  blockedMessage: string;
  onExport: () => void;
  children: ReactNode;
}

/** One Word document to export: what it is for, what goes in it, and its export button (or why not yet). */
function ExportCard({
  headingId,
  title,
  intro,
  exportLabel,
  variant,
  ready,
  busy,
  disabled,
  blockedMessage,
  onExport,
  children,
}: ExportCardProps) {
  const blockedId = headingId.replace(/-heading$/, '-blocked');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Group gap="xs" mb="xs">
        <IconFileTypeDocx size={20} aria-hidden />
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Badge variant="light" color="gray">
          Word
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {intro}
      </Text>
      {children}
      <Button
        variant={variant}
        onClick={onExport}
        disabled={!ready || disabled}
        loading={busy}
        aria-describedby={ready ? undefined : blockedId}
      >
        {exportLabel}
      </Button>
      {ready ? null : (
        <Text size="sm" c="red" mt={6} id={blockedId}>
          {blockedMessage}
        </Text>
      )}
    </Paper>
  );
}

function ExportPanel({ content, meta }: { content: TenderContent; meta: TenderMeta }) {
  const { t } = useTranslation('exporting');
  const tenderId = meta.id;
  const { preview, error, refresh } = usePreview(tenderId, meta.revision);
  const caps = useCapabilities();
  const { run, start } = useExportRun(tenderId, refresh);
  const [exportDate, setExportDate] = useState(today);
  const [includeGuidance, setIncludeGuidance] = useState(false);
  const dateError = /^\d{4}-\d{2}-\d{2}$/.test(exportDate) ? undefined : t('date.missing');
  const running = run.status === 'running';

  if (error && !preview) {
    return (
      <Alert color="red" title={t('preview.failed')}>
        <Text size="sm">{error}</Text>
        <Button size="xs" variant="light" mt="sm" onClick={refresh}>
          {t('preview.retry')}
        </Button>
      </Alert>
    );
  }
  if (!preview) {
    return (
      <Group gap="sm" mt="md">
        <Loader size="sm" aria-hidden />
        <Text size="sm" role="status">
          {t('preview.checking')}
        </Text>
      </Group>
    );
  }

  const exportNow = (kind: ExportKind) => {
    if (dateError || running) return;
    void start(kind, { exportDate, includeGuidance });
  };
  /** What an export card needs to know about its own run: can it start, is it the one running. */
  const runState = (kind: ExportKind & keyof typeof preview.ready) => ({
    ready: preview.ready[kind],
    busy: running && run.kind === kind,
    disabled: running || Boolean(dateError),
    onExport: () => exportNow(kind),
  });
  const clauseBlockers = preview.blocking.filter((f) => f.area === 'clauses');

  return (
    <Stack gap="lg">
      {preview.blocking.length > 0 ? (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="export-blockers-heading" className="tw-export-blockers">
          <Group gap="sm" mb="xs">
            <IconAlertTriangle size={20} aria-hidden className="tw-export-blockers-icon" />
            <Title order={2} size="h4" id="export-blockers-heading">
              {t('blockers.heading', { count: preview.blocking.length })}
            </Title>
          </Group>
          <Text size="sm" c="dimmed" mb="md">
            {t('blockers.intro')}
          </Text>
          <FindingsList findings={preview.blocking} tenderId={tenderId} idPrefix="blocker" />
        </Paper>
      ) : (
        <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden />} title={t('blockers.ready')}>
          <Text size="sm">{t('blockers.readyMessage')}</Text>
        </Alert>
      )}

      <Text size="sm" data-testid="export-language">
        {t('language.note', { language: LANGUAGE_NAMES[languageOf(content)], locale: localeOf(content) })}
      </Text>

      <TextInput
        type="date"
        label={t('date.label')}
        description={t('date.help')}
        value={exportDate}
        onChange={(e) => setExportDate(e.currentTarget.value)}
        error={dateError}
        required
        maw={260}
      />

      <div className="tw-export-cards">
        <ExportCard
          headingId="export-pack-heading"
          title={t('pack.title')}
          intro={t('pack.intro')}
          exportLabel={t('pack.export')}
          {...runState('wordPack')}
          blockedMessage={t('pack.blocked')}
        >
          <List size="sm" spacing={4} mb="md">
            {preview.lots.map((lot) => (
              <LotSummary key={lot.id} lot={lot} />
            ))}
            <List.Item>{t('pack.clauses', { count: preview.clauses.length })}</List.Item>
            <List.Item>{t('pack.questions', { count: preview.questions.length })}</List.Item>
          </List>
        </ExportCard>

        <ExportCard
          headingId="export-clauses-heading"
          title={t('clauses.title')}
          intro={t('clauses.intro')}
          exportLabel={t('clauses.export')}
          variant="light"
          {...runState('clauses')}
          blockedMessage={preview.clauses.length === 0 ? t('clauses.none') : t('clauses.blocked', { count: clauseBlockers.length })}
        >
          {preview.clauses.length > 0 ? (
            <List size="sm" spacing={2} mb="md" type="ordered">
              {preview.clauses.map((c) => (
                <List.Item key={c.id}>{c.title}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" mb="md">
              {t('clauses.empty')}
            </Text>
          )}
          <Checkbox
            label={t('clauses.guidance')}
            checked={includeGuidance}
            onChange={(e) => setIncludeGuidance(e.currentTarget.checked)}
            mb="md"
          />
        </ExportCard>
      </div>

      <div role="status" aria-live="polite" className="tw-export-status">
        <RunStatus run={run} caps={caps} />
      </div>

      <NoticeExport tenderId={tenderId} revision={meta.revision} exportDate={exportDate} lots={preview.lots} />

      {preview.warnings.length > 0 ? (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="export-warnings-heading">
          <Title order={2} size="h4" id="export-warnings-heading" mb="xs">
            {t('warnings.heading', { count: preview.warnings.length })}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('warnings.intro')}
          </Text>
          <FindingsList findings={preview.warnings} tenderId={tenderId} idPrefix="warning" />
        </Paper>
      ) : null}
    </Stack>
  );
}

export function ExportScreen() {
  const { t } = useTranslation('exporting');
  return (
    <Stack gap="lg">
      <ScreenIntro title={t('screen.heading')}>{t('screen.intro')}</ScreenIntro>
      <TenderGate>{(content, meta) => <ExportPanel key={meta.id} content={content} meta={meta} />}</TenderGate>
    </Stack>
  );
}
