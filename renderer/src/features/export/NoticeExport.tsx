/**
 * The Export screen's published notices: the eForms lots fragment, the whole eForms contract notice
 * and the OCDS release. The chosen format is built and validated against the official schemas as
 * the tender is saved (notices.preview); the file is written only when every check passes.
 */
import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, List, Loader, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileCode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import type { NoticeFormat, NoticePreview, NoticeProblem, SaveOutcome } from '@shared/api/contract';
import { ApiCallError, call } from '../../api';
import { messageOf } from '../../lib/errors';
import { saveExportedFile } from '../../lib/files';
import { useActions } from '../../store';
import { hashFor } from '../../store/router';

/** Each format's name, what it holds and its export button, read at render in the screens' language. */
const FORMATS: { value: NoticeFormat; label: () => string; intro: () => string; exportLabel: () => string }[] = [
  {
    value: 'eforms-lot',
    label: () => t('exporting:notices.formats.eformsLot'),
    intro: () => t('exporting:notices.intro.eformsLot'),
    exportLabel: () => t('exporting:notices.export.eformsLot'),
  },
  {
    value: 'eforms-notice',
    label: () => t('exporting:notices.formats.eformsNotice'),
    intro: () => t('exporting:notices.intro.eformsNotice'),
    exportLabel: () => t('exporting:notices.export.eformsNotice'),
  },
  {
    value: 'ocds',
    label: () => t('exporting:notices.formats.ocds'),
    intro: () => t('exporting:notices.intro.ocds'),
    exportLabel: () => t('exporting:notices.export.ocds'),
  },
];

const FIX_IN: Record<NoticeProblem['screen'], () => string> = {
  criteria: () => t('exporting:notices.fixIn.criteria'),
  settings: () => t('exporting:notices.fixIn.settings'),
  details: () => t('exporting:notices.fixIn.details'),
};

const CHECK_STATUS: Record<NoticePreview['checks'][number]['status'], () => string> = {
  passed: () => t('exporting:notices.check.passed'),
  failed: () => t('exporting:notices.check.failed'),
  'not-run': () => t('exporting:notices.check.notRun'),
};

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
            {FIX_IN[p.screen]()}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

function PreviewDetails({ preview, tenderId }: { preview: NoticePreview; tenderId: string }) {
  const { t } = useTranslation('exporting');
  return (
    <Stack gap="sm">
      <Group gap="xs" aria-label={t('notices.validation')}>
        {preview.checks.map((check) => (
          <Badge key={check.name} variant="light" color={check.status === 'passed' ? 'teal' : check.status === 'failed' ? 'red' : 'gray'}>
            {check.rules
              ? t('notices.check.withRules', { name: check.name, status: CHECK_STATUS[check.status](), count: check.rules })
              : t('notices.check.line', { name: check.name, status: CHECK_STATUS[check.status]() })}
          </Badge>
        ))}
      </Group>
      {preview.problems.length > 0 ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={t('notices.problems', { count: preview.problems.length })}
        >
          <Problems problems={preview.problems} tenderId={tenderId} />
        </Alert>
      ) : (
        <Text size="sm" c="teal">
          {t('notices.passes')}
        </Text>
      )}
      {preview.notes.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>
            {t('notices.notes')}
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
            {t('notices.missing', { count: preview.missing.length })}
          </Text>
          <List size="sm" spacing={2}>
            {preview.missing.map((field) => (
              <List.Item key={field.bt}>
                {field.level === 'lot'
                  ? t('notices.missingLot', { label: field.label, bt: field.bt })
                  : t('notices.missingNotice', { label: field.label, bt: field.bt })}
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
  const { t } = useTranslation('exporting');
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
          {t('notices.heading')}
        </Title>
        <Badge variant="light" color="gray">
          eForms / OCDS
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('notices.intro.section')}
      </Text>
      <Stack gap="md">
        <SegmentedControl
          data={FORMATS.map((f) => ({ value: f.value, label: f.label() }))}
          value={format}
          onChange={(value) => setFormat(value as NoticeFormat)}
          aria-label={t('notices.format')}
        />
        <Text size="sm">{FORMATS.find((f) => f.value === format)?.intro()}</Text>
        {format === 'eforms-lot' ? (
          <Select
            label={t('notices.lot')}
            data={lots.map((l) => ({ value: l.id, label: l.title }))}
            value={chosenLot ?? null}
            onChange={(value) => value && setLotId(value)}
            allowDeselect={false}
            maw={420}
          />
        ) : null}
        {error ? (
          <Alert color="red" title={t('notices.checkFailed')}>
            <Text size="sm">{error}</Text>
          </Alert>
        ) : !preview ? (
          <Group gap="sm">
            <Loader size="sm" aria-hidden />
            <Text size="sm" role="status">
              {t('notices.checking')}
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
            {FORMATS.find((f) => f.value === format)?.exportLabel()}
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {run.status === 'failed' ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('notices.failed')}>
              <Text size="sm">{run.message}</Text>
            </Alert>
          ) : run.status === 'done' ? (
            <Alert
              color={run.outcome.status === 'cancelled' ? 'gray' : 'teal'}
              icon={<IconCircleCheck size={18} aria-hidden />}
              title={run.outcome.status === 'cancelled' ? t('run.notSaved') : t('notices.exported')}
            >
              <Text size="sm" className="tw-export-path">
                {run.outcome.status === 'saved'
                  ? run.outcome.path
                  : run.outcome.status === 'download'
                    ? t('run.download', { file: run.fileName })
                    : t('run.cancelled', { file: run.fileName })}
              </Text>
            </Alert>
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}
