import { useState } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconPlus, IconSend } from '@tabler/icons-react';
import { ROUND_KIND_LABELS, type EngagementRound } from '@shared/model/questions';
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
  const { changeContent } = useActions();
  const flush = useSaveBeforeExport('the forms');
  const [supplierId, setSupplierId] = useState('');
  const [format, setFormat] = useState<Format>('xlsx');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const headingId = `round-${round.id}`;
  const nameOf = (id: string) => content.qa.suppliers.find((s) => s.id === id)?.name ?? 'a former supplier';
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
      title: 'Delete this round?',
      message: `The round “${round.name}” is deleted; answers already filed under it stay in the suppliers’ histories. Ctrl+Z brings it back.`,
      confirmLabel: 'Delete round',
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
            {ROUND_KIND_LABELS[round.kind]} · opens {longDate(round.opensOn)}
            {round.answersDue ? ` · answers due ${longDate(round.answersDue)}` : ''}
          </Text>
          <Group gap={6} mt={4}>
            <Badge variant="light">{round.questionIds.length} questions</Badge>
            <Badge variant="light" color="gray">
              {suppliers.length} suppliers
            </Badge>
          </Group>
        </div>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onEdit} aria-describedby={headingId}>
            Edit
          </Button>
          <Button size="xs" variant="default" onClick={remove} aria-describedby={headingId}>
            Delete
          </Button>
        </Group>
      </Group>

      <Group gap="sm" mt="md" align="flex-end">
        <NativeSelect
          size="xs"
          label="Forms for"
          value={supplierId}
          onChange={(e) => setSupplierId(e.currentTarget.value)}
          data={[{ value: '', label: 'All suppliers of the round' }, ...suppliers.map((id) => ({ value: id, label: nameOf(id) }))]}
        />
        <SegmentedControl
          size="xs"
          aria-label="Form format"
          value={format}
          onChange={(v) => setFormat(v as Format)}
          data={[
            { value: 'xlsx', label: 'Workbook (to fill in)' },
            { value: 'docx', label: 'Word (to read)' },
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
          Export response forms
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
  const tenderId = useOpenTenderId();
  const [editing, setEditing] = useState<EngagementRound | 'new' | null>(null);
  const rounds = roundsOf(content.qa);
  const ready = content.qa.questions.length > 0 && content.qa.suppliers.length > 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={720}>
          A round sends the chosen questions to the suppliers on one occasion: the tender questionnaire before award, then each periodic
          contract review. Each supplier gets an Excel response form to fill in (and a Word copy to read, if they prefer); the filled forms
          come back here, their answers land in each question’s history beside earlier rounds, and you confirm the maturity level the app
          proposes.
        </Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')} disabled={!ready}>
          New round
        </Button>
      </Group>
      {!ready ? (
        <Alert color="gray" variant="light" title="Questions and suppliers first">
          A round needs selected questions and at least one supplier: pick questions from the question bank and add the suppliers, then
          create the round.
        </Alert>
      ) : null}
      {rounds.length === 0 ? (
        <EmptyNotice
          icon={IconSend}
          title="No engagement rounds yet"
          description="Create a round to send response forms: name it, set when it opens and when answers are due, and choose the questions and suppliers (all of them unless you narrow it)."
          {...(ready ? { action: { label: 'Create the first round', icon: IconPlus, onClick: () => setEditing('new') } } : {})}
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
