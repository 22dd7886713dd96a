import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Alert, Badge, Button, Code, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import type { ExportedFile } from '@shared/api/contract';
import type { WorkbookImportResult } from '@shared/api/methods/evaluation';
import { MAX_WORKBOOKS_PER_IMPORT } from '@shared/model/evaluation';
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

const WORKBOOK_COLUMNS: readonly MatrixColumn[] = [
  { key: 'evaluator', label: 'Evaluator' },
  { key: 'returned', label: 'Returned workbook' },
  { key: 'export', label: 'Export', hiddenLabel: true },
];

const STATUS: Record<WorkbookImportResult['status'], { label: string; color: string }> = {
  imported: { label: 'Imported', color: 'teal' },
  replaced: { label: 'Replaced', color: 'teal' },
  'needs-confirmation': { label: 'Already imported', color: 'yellow' },
  rejected: { label: 'Not imported', color: 'red' },
};

interface WorkbooksPanelProps extends LotPanelProps {
  /** Files dropped on the window (numbered, one drop after another), imported as if chosen in the file picker. */
  dropped: DroppedFiles | null;
}

export function WorkbooksPanel({ tenderId, lot, evaluation, results, dropped }: WorkbooksPanelProps) {
  const flush = useSaveBeforeExport('the workbooks');
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
    if (downloaded) return `Downloaded ${names}.`;
    if (saved) return `Saved ${saved} of ${files.length} file${files.length === 1 ? '' : 's'}.`;
    return 'Nothing was saved.';
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
          locale: navigator.language,
          ...(evaluatorIds ? { evaluatorIds } : {}),
        }),
      ),
    );

  const exportLead = () =>
    run('export-lead', async () =>
      saveFiles([await call('evaluation.exportLeadWorkbook', { tenderId, lotId: lot.id, locale: navigator.language })]),
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
      setMessage({ color: 'red', text: `Choose at most ${MAX_WORKBOOKS_PER_IMPORT} workbooks at a time.` });
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
        r === result
          ? { ...r, status: 'rejected', problems: [], summary: `Kept the earlier import; “${r.fileName}” was not imported.` }
          : r,
      ),
    );
  };

  return (
    <Stack gap="lg">
      <section aria-labelledby={`export-${lot.id}`}>
        <Title order={3} size="h4" id={`export-${lot.id}`} mb="xs">
          Send out the evaluator workbooks
        </Title>
        <Text size="sm" c="dimmed" mb="sm" maw={760}>
          Each evaluator gets an Excel workbook of their own, tied to this revision of the tender: criteria, scales and descriptors, a score
          and a reason cell for every bid, and pass/fail lists. Formulas are locked; Tenderwright checks every returned file cell by cell.
        </Text>
        {blockers.length > 0 ? (
          <Alert color="red" title="The workbooks cannot be exported yet" mb="sm">
            <List size="sm">
              {blockers.map((f) => (
                <List.Item key={f.id}>{f.message}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <MatrixTable
          aria-label="Evaluators and their workbooks"
          scroll={false}
          verticalSpacing={6}
          columns={WORKBOOK_COLUMNS}
          rows={results.panel}
          rowKey={(row) => row.evaluator.id}
          cells={({ evaluator, import: entry, stale }) => {
            const name = personName(evaluator, 'Unnamed evaluator');
            return [
              <>
                {name} {evaluator.initials ? `(${evaluator.initials})` : ''}
              </>,
              entry ? (
                <Group gap={6}>
                  <Badge color={stale ? 'yellow' : 'teal'} variant="light" tt="none">
                    {stale ? 'Imported, out of date' : 'Imported'}
                  </Badge>
                  <Text size="sm" title={fullDate(entry.importedAt)}>
                    “{entry.fileName}”, {humanDate(entry.importedAt)} by {entry.importedBy}
                  </Text>
                </Group>
              ) : (
                <Badge color="gray" variant="light" tt="none">
                  Not returned yet
                </Badge>
              ),
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconDownload size={14} aria-hidden />}
                disabled={blockers.length > 0 || busy !== null}
                loading={busy === `export:${evaluator.id}`}
                onClick={() => void exportWorkbooks([evaluator.id])}
                aria-label={`Export ${name}’s workbook`}
              >
                Export workbook
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
            Export all evaluator workbooks
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            disabled={busy !== null}
            loading={busy === 'export-lead'}
            onClick={() => void exportLead()}
          >
            Export lead workbook
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={6} maw={760}>
          The lead workbook holds the prices and price scores, every evaluator’s scores, the consensus and the ranking, all as spreadsheet
          formulas, so the totals can be checked in Excel or LibreOffice.
        </Text>
      </section>

      <section aria-labelledby={`import-${lot.id}`}>
        <Title order={3} size="h4" id={`import-${lot.id}`} mb="xs">
          Bring back the filled workbooks
        </Title>
        {!lead ? (
          <Alert color="yellow" mb="sm">
            Enter the evaluation lead’s name above first: it is recorded in the audit trail with every import.
          </Alert>
        ) : null}
        <FileButton
          resetRef={resetFiles}
          onChange={(files) => void chooseFiles(files)}
          accept={XLSX_TYPES}
          multiple
          inputProps={{ 'aria-label': 'Filled evaluator workbooks' }}
        >
          {(props) => (
            <Button
              {...props}
              leftSection={<IconUpload size={16} aria-hidden />}
              disabled={!lead || busy !== null}
              loading={busy === 'import'}
            >
              Import filled workbooks…
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed" mt={6}>
          Choose one or more .xlsx files, or drop them onto the window. A file with any problem imports nothing; each problem names its
          sheet and cell.
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
            Import results
          </Title>
          <Stack gap="sm">
            {outcomes.map((result, i) => (
              <Paper key={`${result.fileName}-${i}`} withBorder p="sm" radius="md" data-testid="import-result">
                <Group gap="xs" mb={4}>
                  <Badge color={STATUS[result.status].color} variant="light" tt="none">
                    {STATUS[result.status].label}
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
                      Replace {result.evaluatorName}’s scores
                    </Button>
                    <Button size="xs" variant="default" onClick={() => keepEarlier(result)} disabled={busy !== null}>
                      Keep the earlier import
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
