import { useState } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconPlus, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EngagementRound } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { removeRound, roundsOf } from '@shared/rules/engagementRounds';
import { call } from '../../api';
import { EmptyNotice } from '../../components/EmptyNotice';
import { askToConfirm } from '../../components/confirm';
import { messageOf } from '../../lib/errors';
import { longDate } from '../../lib/format';
import { useActions, useOpenTenderId } from '../../store';
import { FormImport } from './FormImport';
import { RoundModal } from './RoundModal';
import { saveFiles } from './responseFormFiles';
import { useSaveBeforeExport } from '../../store/saveBeforeExport';
import { ROUND_KIND_LABEL } from './labels';

type Format = 'xlsx' | 'docx';

function RoundCard({
  tenderId,
  content,
  round,
  onEdit,
}: {
  tenderId: string;
  content: TenderContent;
  round: EngagementRound;
  onEdit: () => void;
}) {
  const { t } = useTranslation('questions');
  const { changeContent } = useActions();
  const flush = useSaveBeforeExport('the forms');
  const [supplierId, setSupplierId] = useState('');
  const [format, setFormat] = useState<Format>('xlsx');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const headingId = `round-${round.id}`;
  const nameOf = (id: string) => content.qa.suppliers.find((s) => s.id === id)?.name ?? t('rounds.formerSupplier');
  const suppliers = round.supplierIds.filter((id) => content.qa.suppliers.some((s) => s.id === id));

  async function exportForms() {
    setBusy(true);
    setMessage(null);
    try {
      const problem = await flush();
      if (problem) return setMessage({ color: 'red', text: problem });
      const files = await call('engagement.exportResponseForms', {
        tenderId,
        roundId: round.id,
        format,
        ...(supplierId ? { supplierIds: [supplierId] } : {}),
      });
      setMessage({ color: 'teal', text: await saveFiles(files) });
    } catch (e) {
      setMessage({ color: 'red', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  }

  const remove = () =>
    askToConfirm({
      title: t('rounds.deleteTitle'),
      message: t('rounds.deleteMessage', { name: round.name }),
      confirmLabel: t('rounds.deleteConfirm'),
      onConfirm: () =>
        changeContent(null, (c) => {
          const r = removeRound(c.qa, round.id);
          return r.ok ? { ...c, qa: r.value } : c;
        }),
    });

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId} data-testid="round-card">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} size="h5" id={headingId}>
            {round.name}
          </Title>
          <Text size="sm" c="dimmed">
            {round.answersDue
              ? t('rounds.whenDue', {
                  kind: ROUND_KIND_LABEL[round.kind](),
                  opens: longDate(round.opensOn),
                  due: longDate(round.answersDue),
                })
              : t('rounds.when', { kind: ROUND_KIND_LABEL[round.kind](), opens: longDate(round.opensOn) })}
          </Text>
          <Group gap={6} mt={4}>
            <Badge variant="light">{t('rounds.questionCount', { count: round.questionIds.length })}</Badge>
            <Badge variant="light" color="gray">
              {t('rounds.supplierCount', { count: suppliers.length })}
            </Badge>
          </Group>
        </div>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onEdit} aria-describedby={headingId}>
            {t('rounds.edit')}
          </Button>
          <Button size="xs" variant="default" onClick={remove} aria-describedby={headingId}>
            {t('rounds.delete')}
          </Button>
        </Group>
      </Group>

      <Group gap="sm" mt="md" align="flex-end">
        <NativeSelect
          size="xs"
          label={t('rounds.formsFor')}
          value={supplierId}
          onChange={(e) => setSupplierId(e.currentTarget.value)}
          data={[{ value: '', label: t('rounds.allSuppliers') }, ...suppliers.map((id) => ({ value: id, label: nameOf(id) }))]}
        />
        <SegmentedControl
          size="xs"
          aria-label={t('rounds.format')}
          value={format}
          onChange={(v) => setFormat(v as Format)}
          data={[
            { value: 'xlsx', label: t('rounds.xlsx') },
            { value: 'docx', label: t('rounds.docx') },
          ]}
        />
        <Button
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() => void exportForms()}
          loading={busy}
          disabled={!round.questionIds.length || !suppliers.length}
          aria-describedby={headingId}
        >
          {t('rounds.export')}
        </Button>
      </Group>
      {message ? (
        <Text size="sm" mt={6} c={`${message.color}.9`} role={message.color === 'red' ? 'alert' : 'status'}>
          {message.text}
        </Text>
      ) : null}
      <Stack mt="sm">
        <FormImport tenderId={tenderId} round={round} supplierName={nameOf} />
      </Stack>
    </Paper>
  );
}

/** Engagement rounds: create them, send each supplier its response form, and bring the filled forms back. */
export function RoundsPanel({ content }: { content: TenderContent }) {
  const { t } = useTranslation('questions');
  const tenderId = useOpenTenderId();
  const [editing, setEditing] = useState<EngagementRound | 'new' | null>(null);
  const rounds = roundsOf(content.qa);
  const ready = content.qa.questions.length > 0 && content.qa.suppliers.length > 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={720}>
          {t('rounds.intro')}
        </Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')} disabled={!ready}>
          {t('rounds.new')}
        </Button>
      </Group>
      {!ready ? (
        <Alert color="gray" variant="light" title={t('rounds.notReadyTitle')}>
          {t('rounds.notReady')}
        </Alert>
      ) : null}
      {rounds.length === 0 ? (
        <EmptyNotice
          icon={IconSend}
          title={t('rounds.emptyTitle')}
          description={t('rounds.emptyDescription')}
          {...(ready ? { action: { label: t('rounds.createFirst'), icon: IconPlus, onClick: () => setEditing('new') } } : {})}
        />
      ) : (
        tenderId &&
        rounds.map((round) => (
          <RoundCard key={round.id} tenderId={tenderId} content={content} round={round} onEdit={() => setEditing(round)} />
        ))
      )}
      {editing ? (
        <RoundModal content={content} {...(editing === 'new' ? {} : { round: editing })} onClose={() => setEditing(null)} />
      ) : null}
    </Stack>
  );
}
