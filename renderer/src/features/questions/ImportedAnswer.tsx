import { useState } from 'react';
import { Badge, Button, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { MATURITY_LEVEL_NAMES, MATURITY_LEVELS, type AnswerEntry, type MaturityLevel, type TenderQa } from '@shared/model/questions';
import { findRound } from '@shared/rules/engagementRounds';
import { confirmAnswerLevel } from '@shared/rules/responseFiling';
import { useActions } from '../../store';

const LEVEL_OPTIONS = MATURITY_LEVELS.map((l) => ({ value: String(l), label: `${l} ${MATURITY_LEVEL_NAMES[l]}` }));

/** The name typed at the last confirmation, offered again for the next one in this session. */
let lastConfirmer = '';

/** Where an answer came from: the round and the response form, with the supplier's own self-assessment. */
export function AnswerOrigin({ qa, entry }: { qa: TenderQa; entry: AnswerEntry }) {
  const round = entry.roundId ? findRound(qa, entry.roundId) : undefined;
  if (!entry.roundId && !entry.source) return null;
  return (
    <Group gap={6}>
      {entry.roundId ? (
        <Badge size="xs" variant="light" color="indigo">
          {round?.name ?? 'A deleted round'}
        </Badge>
      ) : null}
      {entry.source === 'response-form' ? (
        <Text size="xs" c="gray.7">
          from the supplier’s response form
          {entry.selfAssessed !== undefined
            ? `; self-assessed ${entry.selfAssessed} (${MATURITY_LEVEL_NAMES[entry.selfAssessed]})`
            : '; no self-assessment'}
        </Text>
      ) : null}
    </Group>
  );
}

/** An imported answer's proposed level, for the officer to confirm or change; records who did. */
export function ConfirmLevel({ supplierId, questionId, entry }: { supplierId: string; questionId: string; entry: AnswerEntry }) {
  const { changeContent } = useActions();
  const [level, setLevel] = useState(String(entry.level));
  const [by, setBy] = useState(lastConfirmer);
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    let failure: string | null = null;
    changeContent(null, (c) => {
      const r = confirmAnswerLevel(c.qa, { supplierId, questionId, entryId: entry.id }, Number(level) as MaturityLevel, by);
      if (!r.ok) {
        failure = r.message;
        return c;
      }
      return { ...c, qa: r.value };
    });
    setError(failure);
    if (!failure) lastConfirmer = by.trim();
  };

  return (
    <Paper withBorder p="xs" radius="sm" bg="yellow.0" mt={4} data-testid="confirm-level">
      <Text size="xs" fw={600}>
        Proposed level {entry.level} ({MATURITY_LEVEL_NAMES[entry.level]}): confirm it or choose another after reading the answer and
        evidence.
      </Text>
      <Group gap="xs" align="flex-end" mt={4}>
        <NativeSelect
          size="xs"
          label="Confirmed level"
          data={LEVEL_OPTIONS}
          value={level}
          onChange={(e) => setLevel(e.currentTarget.value)}
        />
        <TextInput size="xs" label="Your name" value={by} onChange={(e) => setBy(e.currentTarget.value.slice(0, 300))} error={error} />
        <Button size="xs" onClick={confirm}>
          Confirm level
        </Button>
      </Group>
    </Paper>
  );
}
