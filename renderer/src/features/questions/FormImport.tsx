import { useRef, useState } from 'react';
import { Badge, Button, FileButton, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ResponseFormReading } from '@shared/api/methods/engagement';
import { MAX_WORKBOOK_BYTES, MAX_WORKBOOKS_PER_IMPORT, workbookTooLargeMessage } from '@shared/model/evaluation';
import type { EngagementRound, TenderQa } from '@shared/model/questions';
import { fileResponseAnswers, formAlreadyFiled, WEAK_ANSWER_FOLLOW_UP_DAYS } from '@shared/rules/responseFiling';
import { call } from '../../api';
import { askToConfirm } from '../../components/confirm';
import { messageOf } from '../../lib/errors';
import { fileToBase64 } from '../../lib/files';
import { useActions, useAppStore } from '../../store';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Outcome {
  reading: ResponseFormReading;
  /** What happened when filing: filed, declined, or why it could not be. */
  filed?: { color: string; text: string };
}

/** Imports filled response forms for a round and files their answers (one undoable edit per form). */
export function FormImport({
  tenderId,
  round,
  supplierName,
}: {
  tenderId: string;
  round: EngagementRound;
  supplierName: (id: string) => string;
}) {
  const { t } = useTranslation('questions');
  const { changeContent } = useActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const resetFiles = useRef<() => void>(null);

  const setFiled = (reading: ResponseFormReading, filed: Outcome['filed']) =>
    setOutcomes((list) => list.map((o) => (o.reading === reading ? { ...o, filed } : o)));

  function file(reading: ResponseFormReading) {
    let result: ReturnType<typeof fileResponseAnswers> | undefined;
    changeContent(null, (c) => {
      result = fileResponseAnswers(c.qa, {
        supplierId: reading.supplierId!,
        roundId: reading.roundId!,
        answeredOn: reading.answeredOn!,
        answers: reading.answers,
        recordedAt: new Date().toISOString(),
      });
      return result.ok ? { ...c, qa: result.value.qa } : c;
    });
    if (!result) return;
    if (!result.ok) return setFiled(reading, { color: 'red', text: result.message });
    const { entries, followUps } = result.value;
    setFiled(reading, {
      color: 'teal',
      text: followUps
        ? t('formImport.filedWithFollowUps', {
            count: entries,
            followUps: t('formImport.followUpCount', { count: followUps }),
            days: WEAK_ANSWER_FOLLOW_UP_DAYS,
          })
        : t('formImport.filed', { count: entries }),
    });
  }

  function fileOrAsk(reading: ResponseFormReading, qa: TenderQa) {
    if (!formAlreadyFiled(qa, reading.supplierId!, reading.roundId!)) return file(reading);
    askToConfirm({
      title: t('formImport.againTitle'),
      message: t('formImport.againMessage', { name: supplierName(reading.supplierId!), round: round.name }),
      confirmLabel: t('formImport.again'),
      onConfirm: () => file(reading),
    });
    setFiled(reading, { color: 'yellow', text: t('formImport.alreadyImported') });
  }

  async function choose(files: File[]) {
    resetFiles.current?.();
    if (!files.length) return;
    setError(null);
    if (files.length > MAX_WORKBOOKS_PER_IMPORT) return setError(t('formImport.tooMany', { max: MAX_WORKBOOKS_PER_IMPORT }));
    const local: Outcome[] = [];
    const uploads: { fileName: string; base64: string }[] = [];
    for (const f of files) {
      if (f.size > MAX_WORKBOOK_BYTES) {
        local.push({
          reading: {
            fileName: f.name,
            status: 'rejected',
            problems: [{ message: workbookTooLargeMessage(f.size) }],
            warnings: [],
            answers: [],
            summary: t('formImport.tooLarge'),
          },
        });
      } else uploads.push({ fileName: f.name, base64: await fileToBase64(f) });
    }
    setBusy(true);
    try {
      const readings = uploads.length ? await call('engagement.readResponseForms', { tenderId, roundId: round.id, files: uploads }) : [];
      const all = [...local, ...readings.map((reading) => ({ reading }))];
      setOutcomes(all);
      const qa = useAppStore.getState().content?.qa;
      for (const { reading } of all) if (reading.status === 'ready' && qa) fileOrAsk(reading, useAppStore.getState().content?.qa ?? qa);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <FileButton
          resetRef={resetFiles}
          onChange={(f) => void choose(f)}
          accept={XLSX_TYPES}
          multiple
          inputProps={{ 'aria-label': t('formImport.inputLabel', { round: round.name }) }}
        >
          {(props) => (
            <Button {...props} size="xs" variant="default" leftSection={<IconUpload size={14} aria-hidden />} loading={busy}>
              {t('formImport.button')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('formImport.hint')}
        </Text>
      </Group>
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
      {outcomes.length ? (
        <Stack gap="xs" aria-live="polite" data-testid="form-import-results">
          {outcomes.map(({ reading, filed }, i) => (
            <Paper key={`${reading.fileName}-${i}`} withBorder p="sm" radius="sm">
              <Group gap="xs">
                <Badge color={reading.status === 'ready' ? 'teal' : 'red'} variant="light">
                  {reading.status === 'ready' ? t('formImport.read') : t('formImport.notImported')}
                </Badge>
                <Text size="sm" fw={600}>
                  {reading.fileName}
                </Text>
                {reading.supplierId ? (
                  <Text size="sm" c="dimmed">
                    {supplierName(reading.supplierId)}
                  </Text>
                ) : null}
              </Group>
              <Text size="sm" mt={4}>
                {reading.summary}
              </Text>
              {reading.problems.length ? (
                <List size="sm" mt={4}>
                  {reading.problems.map((p, j) => (
                    <List.Item key={j}>{p.message}</List.Item>
                  ))}
                </List>
              ) : null}
              {reading.warnings.map((w, j) => (
                <Text key={j} size="xs" c="dimmed">
                  {w.message}
                </Text>
              ))}
              {reading.answers.length ? (
                <List size="xs" mt={4} c="dimmed">
                  {reading.answers.map((a) => (
                    <List.Item key={a.questionId}>
                      {t('formImport.proposed', { level: a.proposedLevel, reason: a.proposalReason })}
                    </List.Item>
                  ))}
                </List>
              ) : null}
              {filed ? (
                <Text size="sm" mt={4} c={`${filed.color}.9`}>
                  {filed.text}
                </Text>
              ) : null}
            </Paper>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
