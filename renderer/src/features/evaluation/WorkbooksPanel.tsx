import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert, Badge, Button, Code, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import type { ExportedFile } from '@shared/api/contract';
import type { WorkbookImportResult } from '@shared/api/methods/evaluation';
import { MAX_WORKBOOKS_PER_IMPORT } from '@shared/model/evaluation';
import { localeOf } from '@shared/model/language';
import { checkEvaluation } from '@shared/rules/evaluationChecks';
import { exportBlockers as evaluationBlockers } from '@shared/rules/findings';
import { call } from '../../api';
import { messageOf } from '../../lib/errors';
import { fullDate, humanDate } from '../../lib/format';
import { saveExportedFile } from '../../lib/files';
import { useAppStore } from '../../store';
import { useSaveBeforeExport } from '../../store/saveBeforeExport';
import { personName, type LotPanelProps } from './useLotEvaluation';
import { MatrixTable, type MatrixColumn } from '../../components/MatrixTable';
import { refusedBeforeReading, toBase64, type DroppedFiles } from './workbookFiles';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Upload {
  fileName: string;
  base64: string;
}

const workbookColumns = (t: TFunction): readonly MatrixColumn[] => [
  { key: 'evaluator', label: t('evaluation:workbooks.evaluator') },
  { key: 'returned', label: t('evaluation:workbooks.returned') },
  { key: 'export', label: t('evaluation:workbooks.exportColumn'), hiddenLabel: true },
];

const STATUS: Record<WorkbookImportResult['status'], { label: (t: TFunction) => string; color: string }> = {
  imported: { label: (t) => t('evaluation:workbooks.imported'), color: 'teal' },
  replaced: { label: (t) => t('evaluation:workbooks.replaced'), color: 'teal' },
  'needs-confirmation': { label: (t) => t('evaluation:workbooks.alreadyImported'), color: 'yellow' },
  rejected: { label: (t) => t('evaluation:workbooks.notImported'), color: 'red' },
};

interface WorkbooksPanelProps extends LotPanelProps {
  /** Files dropped on the window (numbered, one drop after another), imported as if chosen in the file picker. */
  dropped: DroppedFiles | null;
}

export function WorkbooksPanel({ tenderId, lot, evaluation, results, dropped }: WorkbooksPanelProps) {
  const { t } = useTranslation('evaluation');
  const flush = useSaveBeforeExport('the workbooks');
  // The workbooks are the tender's documents: their dates and numbers follow its locale of issue, not the screens'.
  const tenderLocale = useAppStore((s) => (s.content ? localeOf(s.content) : localeOf({})));
  const applyRecords = useAppStore((s) => s.applyEvaluationRecords);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [outcomes, setOutcomes] = useState<WorkbookImportResult[]>([]);
  const [pending, setPending] = useState<Upload[]>([]);
  /** Clears the file input, so choosing the same file again is seen as a new choice. */
  const resetFiles = useRef<() => void>(null);
  const blockers = evaluationBlockers(checkEvaluation(lot, 'evaluator')).blocking;
  const lead = evaluation.lead.trim();

  async function saveFiles(files: ExportedFile[]): Promise<string> {
    let saved = 0;
    let downloaded = 0;
    for (const file of files) {
      const outcome = await saveExportedFile(file);
      if (outcome.status === 'saved') saved += 1;
      if (outcome.status === 'download') downloaded += 1;
    }
    const names = files.map((f) => f.fileName).join(', ');
    if (downloaded) return t('workbooks.downloaded', { names });
    if (saved) return t('workbooks.saved', { saved, count: files.length });
    return t('workbooks.nothingSaved');
  }

  async function run(label: string, task: () => Promise<string>) {
    setBusy(label);
    setMessage(null);
    try {
      const problem = await flush();
      if (problem) {
        setMessage({ color: 'red', text: problem });
        return;
      }
      setMessage({ color: 'teal', text: await task() });
    } catch (error) {
      setMessage({ color: 'red', text: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }

  const exportWorkbooks = (evaluatorIds?: string[]) =>
    run(evaluatorIds ? `export:${evaluatorIds[0]}` : 'export-all', async () =>
      saveFiles(
        await call('evaluation.exportWorkbooks', {
          tenderId,
          lotId: lot.id,
          locale: tenderLocale,
          ...(evaluatorIds ? { evaluatorIds } : {}),
        }),
      ),
    );

  const exportLead = () =>
    run('export-lead', async () =>
      saveFiles([await call('evaluation.exportLeadWorkbook', { tenderId, lotId: lot.id, locale: tenderLocale })]),
    );

  /** Imports `uploads`; a confirmation (replaceEvaluatorIds) updates the results shown in place. */
  async function importUploads(uploads: Upload[], replaceEvaluatorIds: string[], local: WorkbookImportResult[] = []) {
    const confirming = replaceEvaluatorIds.length > 0;
    if (uploads.length === 0) {
      setOutcomes(local);
      return;
    }
    setBusy('import');
    setMessage(null);
    try {
      const outcome = await call('evaluation.importWorkbooks', {
        tenderId,
        lotId: lot.id,
        files: uploads,
        by: lead,
        ...(replaceEvaluatorIds.length ? { replaceEvaluatorIds } : {}),
      });
      applyRecords(tenderId, lot.id, outcome.records);
      const asked = uploads.filter((u) => outcome.files.some((f) => f.fileName === u.fileName && f.status === 'needs-confirmation'));
      if (confirming) {
        setOutcomes((shown) =>
          shown.map((r) => outcome.files.find((f) => f.fileName === r.fileName && r.status === 'needs-confirmation') ?? r),
        );
        setPending((p) => [...p.filter((u) => !uploads.includes(u)), ...asked]);
      } else {
        setOutcomes([...local, ...outcome.files]);
        setPending(asked);
      }
    } catch (error) {
      setMessage({ color: 'red', text: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }

  async function chooseFiles(files: File[]) {
    resetFiles.current?.();
    if (files.length === 0) return;
    if (files.length > MAX_WORKBOOKS_PER_IMPORT) {
      setMessage({ color: 'red', text: t('workbooks.tooMany', { count: MAX_WORKBOOKS_PER_IMPORT }) });
      return;
    }
    const local: WorkbookImportResult[] = [];
    const uploads: Upload[] = [];
    for (const file of files) {
      const refused = refusedBeforeReading(file);
      if (refused) local.push(refused);
      else uploads.push({ fileName: file.name, base64: toBase64(await file.arrayBuffer()) });
    }
    await importUploads(uploads, [], local);
  }

  // Each drop is imported once, as soon as this step shows.
  const taken = useRef(0);
  const takeDrop = useEffectEvent((files: File[]) => void chooseFiles(files));
  useEffect(() => {
    if (!dropped || dropped.seq === taken.current) return;
    taken.current = dropped.seq;
    takeDrop(dropped.files);
  }, [dropped]);

  const confirmReplace = (result: WorkbookImportResult) => {
    const upload = pending.find((u) => u.fileName === result.fileName);
    if (!upload || !result.evaluatorId) return;
    void importUploads([upload], [result.evaluatorId]);
  };

  const keepEarlier = (result: WorkbookImportResult) => {
    setPending((p) => p.filter((u) => u.fileName !== result.fileName));
    setOutcomes((o) =>
      o.map((r) =>
        r === result ? { ...r, status: 'rejected', problems: [], summary: t('workbooks.keptEarlier', { name: r.fileName }) } : r,
      ),
    );
  };

  return (
    <Stack gap="lg">
      <section aria-labelledby={`export-${lot.id}`}>
        <Title order={3} size="h4" id={`export-${lot.id}`} mb="xs">
          {t('workbooks.sendTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm" maw={760}>
          {t('workbooks.sendIntro')}
        </Text>
        {blockers.length > 0 ? (
          <Alert color="red" title={t('workbooks.blocked')} mb="sm">
            <List size="sm">
              {blockers.map((f) => (
                <List.Item key={f.id}>{f.message}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <MatrixTable
          aria-label={t('workbooks.table')}
          scroll={false}
          verticalSpacing={6}
          columns={workbookColumns(t)}
          rows={results.panel}
          rowKey={(row) => row.evaluator.id}
          cells={({ evaluator, import: entry, stale }) => {
            const name = personName(evaluator, t('workbooks.unnamed'));
            return [
              <>
                {name} {evaluator.initials ? `(${evaluator.initials})` : ''}
              </>,
              entry ? (
                <Group gap={6}>
                  <Badge color={stale ? 'yellow' : 'teal'} variant="light" tt="none">
                    {stale ? t('workbooks.importedStale') : t('workbooks.imported')}
                  </Badge>
                  <Text size="sm" title={fullDate(entry.importedAt)}>
                    {t('workbooks.importedBy', { name: entry.fileName, when: humanDate(entry.importedAt), by: entry.importedBy })}
                  </Text>
                </Group>
              ) : (
                <Badge color="gray" variant="light" tt="none">
                  {t('workbooks.notReturned')}
                </Badge>
              ),
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconDownload size={14} aria-hidden />}
                disabled={blockers.length > 0 || busy !== null}
                loading={busy === `export:${evaluator.id}`}
                onClick={() => void exportWorkbooks([evaluator.id])}
                aria-label={t('workbooks.exportOne', { name })}
              >
                {t('workbooks.exportButton')}
              </Button>,
            ];
          }}
        />
        <Group mt="sm">
          <Button
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            disabled={blockers.length > 0 || busy !== null || evaluation.evaluators.length === 0}
            loading={busy === 'export-all'}
            onClick={() => void exportWorkbooks()}
          >
            {t('workbooks.exportAll')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            disabled={busy !== null}
            loading={busy === 'export-lead'}
            onClick={() => void exportLead()}
          >
            {t('workbooks.exportLead')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={6} maw={760}>
          {t('workbooks.leadHelp')}
        </Text>
      </section>

      <section aria-labelledby={`import-${lot.id}`}>
        <Title order={3} size="h4" id={`import-${lot.id}`} mb="xs">
          {t('workbooks.importTitle')}
        </Title>
        {!lead ? (
          <Alert color="yellow" mb="sm">
            {t('workbooks.leadFirst')}
          </Alert>
        ) : null}
        <FileButton
          resetRef={resetFiles}
          onChange={(files) => void chooseFiles(files)}
          accept={XLSX_TYPES}
          multiple
          inputProps={{ 'aria-label': t('workbooks.fileInput') }}
        >
          {(props) => (
            <Button
              {...props}
              leftSection={<IconUpload size={16} aria-hidden />}
              disabled={!lead || busy !== null}
              loading={busy === 'import'}
            >
              {t('workbooks.importButton')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed" mt={6}>
          {t('workbooks.importHelp')}
        </Text>
      </section>

      {message ? (
        <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      ) : null}

      {outcomes.length > 0 ? (
        <section aria-labelledby={`import-results-${lot.id}`} aria-live="polite">
          <Title order={3} size="h4" id={`import-results-${lot.id}`} mb="xs">
            {t('workbooks.results')}
          </Title>
          <Stack gap="sm">
            {outcomes.map((result, i) => (
              <Paper key={`${result.fileName}-${i}`} withBorder p="sm" radius="md" data-testid="import-result">
                <Group gap="xs" mb={4}>
                  <Badge color={STATUS[result.status].color} variant="light" tt="none">
                    {STATUS[result.status].label(t)}
                  </Badge>
                  <Text fw={600} size="sm">
                    {result.fileName}
                  </Text>
                  {result.evaluatorName ? (
                    <Text size="sm" c="dimmed">
                      ({result.evaluatorName})
                    </Text>
                  ) : null}
                </Group>
                <Text size="sm">{result.summary}</Text>
                {result.problems.length > 0 ? (
                  <List size="sm" mt={4} spacing={2}>
                    {result.problems.map((p, j) => (
                      <List.Item key={j}>
                        {p.cell ? <Code>{p.cell}</Code> : null} {p.cell ? p.message.replace(`${p.cell}: `, '') : p.message}
                      </List.Item>
                    ))}
                  </List>
                ) : null}
                {result.warnings.length > 0 ? (
                  <List size="sm" mt={4} spacing={2} c="yellow">
                    {result.warnings.map((w, j) => (
                      <List.Item key={j}>{w.message}</List.Item>
                    ))}
                  </List>
                ) : null}
                {result.status === 'needs-confirmation' ? (
                  <Group mt="xs">
                    <Button size="xs" color="orange" onClick={() => confirmReplace(result)} disabled={busy !== null}>
                      {t('workbooks.replace', { name: result.evaluatorName })}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => keepEarlier(result)} disabled={busy !== null}>
                      {t('workbooks.keep')}
                    </Button>
                  </Group>
                ) : null}
              </Paper>
            ))}
          </Stack>
        </section>
      ) : null}
    </Stack>
  );
}
