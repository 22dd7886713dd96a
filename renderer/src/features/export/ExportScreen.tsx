import './export.css';
import { useState, type ReactNode } from 'react';
import { Alert, Badge, Button, Checkbox, Group, List, Loader, Paper, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileTypeDocx } from '@tabler/icons-react';
import type { ExportPreview, FileCapabilities } from '@shared/api/contract';
import { formatWeight } from '@shared/rules/weights';
import { call } from '../../api';
import { ScreenIntro } from '../../components/ScreenHeading';
import { TenderGate } from '../../components/TenderGate';
import { messageOf } from '../../lib/errors';
import type { TenderMeta } from '../../store';
import { FindingsList } from './FindingsList';
import { NoticeExport } from './NoticeExport';
import {
  KIND_LABELS,
  STEP_LABELS,
  STEP_PROGRESS,
  today,
  useCapabilities,
  useExportRun,
  usePreview,
  type ExportKind,
  type RunState,
} from './useExport';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function LotSummary({ lot }: { lot: ExportPreview['lots'][number] }) {
  const parts = [plural(lot.criteria, 'criterion', 'criteria')];
  if (lot.subCriteria) parts.push(plural(lot.subCriteria, 'sub-criterion', 'sub-criteria'));
  parts.push(plural(lot.requirements, 'pass/fail requirement'));
  parts.push(
    lot.minimumQualityScore ? `minimum quality score ${formatWeight(lot.minimumQualityScore)} points` : 'no minimum quality score',
  );
  return (
    <List.Item>
      <strong>{lot.title}</strong> — {parts.join(', ')}
    </List.Item>
  );
}

function RunStatus({ run, caps }: { run: RunState; caps: FileCapabilities | null }) {
  const [shellError, setShellError] = useState<string | null>(null);
  if (run.status === 'idle') return null;
  if (run.status === 'running') {
    return (
      <Paper withBorder p="md" radius="md">
        <Text size="sm" mb={6}>
          Exporting the {KIND_LABELS[run.kind]}: {STEP_LABELS[run.step]}
        </Text>
        <Progress value={STEP_PROGRESS[run.step]} animated striped aria-label={`Export progress: ${STEP_LABELS[run.step]}`} />
      </Paper>
    );
  }
  if (run.status === 'failed') {
    return (
      <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />} title={`The ${KIND_LABELS[run.kind]} was not exported`}>
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
      <Alert color="gray" title="Not saved">
        <Text size="sm">The save dialog was closed, so “{run.fileName}” was not written anywhere.</Text>
      </Alert>
    );
  }
  if (outcome.status === 'download') {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden />} title={`The ${KIND_LABELS[run.kind]} is ready`}>
        <Text size="sm">Your browser saves “{run.fileName}” to its downloads folder.</Text>
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
    <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden />} title={`The ${KIND_LABELS[run.kind]} is saved`}>
      <Text size="sm" className="tw-export-path">
        {outcome.path}
      </Text>
      <Group gap="xs" mt="sm">
        {caps?.open ? (
          <Button size="xs" variant="light" onClick={() => void shell('files.open')}>
            Open file
          </Button>
        ) : null}
        {caps?.showInFolder ? (
          <Button size="xs" variant="default" onClick={() => void shell('files.showInFolder')}>
            Show in folder
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

function ExportPanel({ meta }: { meta: TenderMeta }) {
  const tenderId = meta.id;
  const { preview, error, refresh } = usePreview(tenderId, meta.revision);
  const caps = useCapabilities();
  const { run, start } = useExportRun(tenderId, refresh);
  const [exportDate, setExportDate] = useState(today);
  const [includeGuidance, setIncludeGuidance] = useState(false);
  const dateError = /^\d{4}-\d{2}-\d{2}$/.test(exportDate) ? undefined : 'Choose the date to print on the documents';
  const running = run.status === 'running';

  if (error && !preview) {
    return (
      <Alert color="red" title="What will be exported could not be worked out">
        <Text size="sm">{error}</Text>
        <Button size="xs" variant="light" mt="sm" onClick={refresh}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (!preview) {
    return (
      <Group gap="sm" mt="md">
        <Loader size="sm" aria-hidden />
        <Text size="sm" role="status">
          Checking the tender…
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
              {plural(preview.blocking.length, 'problem')} to fix before the tender pack can be exported
            </Title>
          </Group>
          <Text size="sm" c="dimmed" mb="md">
            Each link opens the screen where the problem is fixed. This list updates as soon as your changes are saved.
          </Text>
          <FindingsList findings={preview.blocking} tenderId={tenderId} idPrefix="blocker" />
        </Paper>
      ) : (
        <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden />} title="Ready to export">
          <Text size="sm">The criteria and clauses pass every check.</Text>
        </Alert>
      )}

      <TextInput
        type="date"
        label="Date on the documents"
        description="Printed on the cover and stored in the files. Exporting again with the same date gives the same file."
        value={exportDate}
        onChange={(e) => setExportDate(e.currentTarget.value)}
        error={dateError}
        required
        maw={260}
      />

      <div className="tw-export-cards">
        <ExportCard
          headingId="export-pack-heading"
          title="Tender pack"
          intro="For bidders: a cover and contents, then per lot the award criteria, how each is scored, the pass/fail requirements and the minimum quality score; then the contract clauses and the supplier questionnaire."
          exportLabel="Export tender pack"
          {...runState('wordPack')}
          blockedMessage="Fix the problems listed above first."
        >
          <List size="sm" spacing={4} mb="md">
            {preview.lots.map((lot) => (
              <LotSummary key={lot.id} lot={lot} />
            ))}
            <List.Item>{plural(preview.clauses.length, 'contract clause')}</List.Item>
            <List.Item>{plural(preview.questions.length, 'supplier question')}, each with space for the answer</List.Item>
          </List>
        </ExportCard>

        <ExportCard
          headingId="export-clauses-heading"
          title="Contract clauses"
          intro="For legal teams: the numbered clauses with their parameters filled in, ready to paste into a contract."
          exportLabel="Export contract clauses"
          variant="light"
          {...runState('clauses')}
          blockedMessage={
            preview.clauses.length === 0
              ? 'There are no clauses to export.'
              : `Fix the ${plural(clauseBlockers.length, 'clause problem')} listed above first.`
          }
        >
          {preview.clauses.length > 0 ? (
            <List size="sm" spacing={2} mb="md" type="ordered">
              {preview.clauses.map((c) => (
                <List.Item key={c.id}>{c.title}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" mb="md">
              This tender has no clauses yet. Add them on the Clauses screen.
            </Text>
          )}
          <Checkbox
            label="Add an annex with the guidance for the buying organisation"
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
            Worth a look ({preview.warnings.length})
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            These do not stop the export.
          </Text>
          <FindingsList findings={preview.warnings} tenderId={tenderId} idPrefix="warning" />
        </Paper>
      ) : null}
    </Stack>
  );
}

export function ExportScreen() {
  return (
    <Stack gap="lg">
      <ScreenIntro title="Export">
        The Word documents that leave Tenderwright. They are made from the saved tender, so your latest changes are saved first.
      </ScreenIntro>
      <TenderGate>{(_content, meta) => <ExportPanel key={meta.id} meta={meta} />}</TenderGate>
    </Stack>
  );
}
