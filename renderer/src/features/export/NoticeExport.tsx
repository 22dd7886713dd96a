/**
 * The Export screen's published notices: the eForms lots fragment, the whole eForms contract notice
 * and the OCDS release. The chosen format is built and validated against the official schemas as
 * the tender is saved (notices.preview); the file is written only when every check passes.
 */
import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, List, Loader, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileCode } from '@tabler/icons-react';
import type { NoticeFormat, NoticePreview, NoticeProblem, SaveOutcome } from '@shared/api/contract';
import { ApiCallError, call } from '../../api';
import { messageOf } from '../../lib/errors';
import { saveExportedFile } from '../../lib/files';
import { useActions } from '../../store';
import { hashFor } from '../../store/router';

const FORMATS: { value: NoticeFormat; label: string }[] = [
  { value: 'eforms-lot', label: 'eForms lot' },
  { value: 'eforms-notice', label: 'eForms contract notice' },
  { value: 'ocds', label: 'OCDS release' },
];

const FORMAT_INTRO: Record<NoticeFormat, string> = {
  'eforms-lot': 'One lot with its award criteria (cac:ProcurementProjectLot), for e-notification tools that take lots.',
  'eforms-notice': 'A whole contract notice (subtype 16) with the buyer, the title and every lot, to complete and send to TED.',
  ocds: 'An Open Contracting Data Standard release package with the lots, their award criteria and sustainability goals (JSON).',
};

const SCREEN_LABELS: Record<NoticeProblem['screen'], string> = { criteria: 'Criteria', settings: 'Settings', details: 'Details' };

type Run =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; fileName: string; outcome: SaveOutcome }
  | { status: 'failed'; message: string };

function useNoticePreview(tenderId: string, revision: number, format: NoticeFormat, lotId: string | undefined, exportDate: string) {
  const key = [tenderId, revision, format, lotId ?? '', exportDate].join('|');
  const [result, setResult] = useState<{ key: string; preview: NoticePreview | null; error: string | null }>({
    key: '',
    preview: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    call('notices.preview', { tenderId, format, exportDate, ...(lotId ? { lotId } : {}) })
      .then((preview) => live && setResult({ key, preview, error: null }))
      .catch((e: unknown) => live && setResult({ key, preview: null, error: messageOf(e) }));
    return () => {
      live = false;
    };
  }, [key, tenderId, format, lotId, exportDate]);
  // A result for another choice (or an older save) is not shown while the new one is worked out.
  return result.key === key ? result : { preview: null, error: null };
}

function Problems({ problems, tenderId }: { problems: readonly NoticeProblem[]; tenderId: string }) {
  const { navigate } = useActions();
  return (
    <List spacing="sm" listStyleType="none" className="tw-export-findings">
      {problems.map((p, index) => (
        <List.Item key={`${p.rule}-${index}`}>
          <Text size="sm" id={`notice-problem-${index}`}>
            {p.message}
          </Text>
          <Anchor
            size="sm"
            href={hashFor(p.screen, tenderId)}
            aria-describedby={`notice-problem-${index}`}
            onClick={(event) => {
              event.preventDefault();
              navigate(p.screen, p.screen === 'settings' ? undefined : tenderId, p.lotId);
            }}
          >
            Fix in {SCREEN_LABELS[p.screen]}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

function PreviewDetails({ preview, tenderId }: { preview: NoticePreview; tenderId: string }) {
  return (
    <Stack gap="sm">
      <Group gap="xs" aria-label="Validation">
        {preview.checks.map((check) => (
          <Badge key={check.name} variant="light" color={check.status === 'passed' ? 'teal' : check.status === 'failed' ? 'red' : 'gray'}>
            {check.name}: {check.status === 'not-run' ? 'not run yet' : check.status}
            {check.rules ? ` (${check.rules} rules)` : ''}
          </Badge>
        ))}
      </Group>
      {preview.problems.length > 0 ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={`${preview.problems.length} problem${preview.problems.length === 1 ? '' : 's'} to fix before this file can be exported`}
        >
          <Problems problems={preview.problems} tenderId={tenderId} />
        </Alert>
      ) : (
        <Text size="sm" c="teal">
          The file passes every check and can be exported.
        </Text>
      )}
      {preview.notes.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>
            How the tender reads in this format
          </Text>
          <List size="sm" spacing={4}>
            {preview.notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {preview.missing.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>
            To complete in your e-notification tool ({preview.missing.length} mandatory fields this app does not hold)
          </Text>
          <List size="sm" spacing={2}>
            {preview.missing.map((field) => (
              <List.Item key={field.bt}>
                {field.label} ({field.bt}, {field.level === 'lot' ? 'every lot' : 'once per notice'})
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
    </Stack>
  );
}

export function NoticeExport({
  tenderId,
  revision,
  exportDate,
  lots,
}: {
  tenderId: string;
  revision: number;
  exportDate: string;
  lots: readonly { id: string; title: string }[];
}) {
  const { saveNow } = useActions();
  const [format, setFormat] = useState<NoticeFormat>('eforms-notice');
  const [lotId, setLotId] = useState<string | undefined>(lots[0]?.id);
  const chosenLot = format === 'eforms-lot' ? (lots.some((l) => l.id === lotId) ? lotId : lots[0]?.id) : undefined;
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(exportDate);
  const { preview, error } = useNoticePreview(tenderId, revision, format, chosenLot, validDate ? exportDate : '2026-01-01');
  const [run, setRun] = useState<Run>({ status: 'idle' });

  const exportNow = async () => {
    setRun({ status: 'running' });
    try {
      await saveNow();
      const file = await call('notices.export', { tenderId, format, exportDate, ...(chosenLot ? { lotId: chosenLot } : {}) });
      setRun({ status: 'done', fileName: file.fileName, outcome: await saveExportedFile(file) });
    } catch (e) {
      const issues = e instanceof ApiCallError ? (e.body.issues ?? []) : [];
      setRun({ status: 'failed', message: issues.length > 0 ? issues.map((i) => i.message).join(' ') : messageOf(e) });
    }
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="export-notices-heading">
      <Group gap="xs" mb="xs">
        <IconFileCode size={20} aria-hidden />
        <Title order={2} size="h4" id="export-notices-heading">
          Published notice
        </Title>
        <Badge variant="light" color="gray">
          eForms / OCDS
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        The award criteria for the e-notification form, without retyping: checked against the eForms SDK 1.15.1 schemas and rules, or the
        OCDS 1.1.5 schema, before the file is written.
      </Text>
      <Stack gap="md">
        <SegmentedControl data={FORMATS} value={format} onChange={(value) => setFormat(value as NoticeFormat)} aria-label="Notice format" />
        <Text size="sm">{FORMAT_INTRO[format]}</Text>
        {format === 'eforms-lot' ? (
          <Select
            label="Lot"
            data={lots.map((l) => ({ value: l.id, label: l.title }))}
            value={chosenLot ?? null}
            onChange={(value) => value && setLotId(value)}
            allowDeselect={false}
            maw={420}
          />
        ) : null}
        {error ? (
          <Alert color="red" title="The notice could not be checked">
            <Text size="sm">{error}</Text>
          </Alert>
        ) : !preview ? (
          <Group gap="sm">
            <Loader size="sm" aria-hidden />
            <Text size="sm" role="status">
              Checking the notice against the official schemas…
            </Text>
          </Group>
        ) : (
          <PreviewDetails preview={preview} tenderId={tenderId} />
        )}
        <Group>
          <Button
            onClick={() => void exportNow()}
            disabled={!preview?.ready || !validDate || run.status === 'running'}
            loading={run.status === 'running'}
          >
            Export {FORMATS.find((f) => f.value === format)?.label}
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {run.status === 'failed' ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />} title="The notice was not exported">
              <Text size="sm">{run.message}</Text>
            </Alert>
          ) : run.status === 'done' ? (
            <Alert
              color={run.outcome.status === 'cancelled' ? 'gray' : 'teal'}
              icon={<IconCircleCheck size={18} aria-hidden />}
              title={run.outcome.status === 'cancelled' ? 'Not saved' : 'The notice is exported'}
            >
              <Text size="sm" className="tw-export-path">
                {run.outcome.status === 'saved'
                  ? run.outcome.path
                  : run.outcome.status === 'download'
                    ? `Your browser saves “${run.fileName}” to its downloads folder.`
                    : `The save dialog was closed, so “${run.fileName}” was not written anywhere.`}
              </Text>
            </Alert>
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}
