import { useState } from 'react';
import { Badge, Button, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MATURITY_LEVELS, type AnswerEntry, type MaturityLevel, type TenderQa } from '@shared/model/questions';
import { findRound } from '@shared/rules/engagementRounds';
import { confirmAnswerLevel } from '@shared/rules/responseFiling';
import { useActions } from '../../store';
import { LEVEL_NAME } from './labels';

const levelOptions = () => MATURITY_LEVELS.map((l) => ({ value: String(l), label: `${l} ${LEVEL_NAME[l]()}` }));

/** The name typed at the last confirmation, offered again for the next one in this session. */
let lastConfirmer = '';

/** Where an answer came from: the round and the response form, with the supplier's own self-assessment. */
export function AnswerOrigin({ qa, entry }: { qa: TenderQa; entry: AnswerEntry }) {
  const { t } = useTranslation('questions');
  const round = entry.roundId ? findRound(qa, entry.roundId) : undefined;
  if (!entry.roundId && !entry.source) return null;
  return (
    <Group gap={6}>
      {entry.roundId ? (
        <Badge size="xs" variant="light" color="indigo">
          {round?.name ?? t('imported.deletedRound')}
        </Badge>
      ) : null}
      {entry.source === 'response-form' ? (
        <Text size="xs" c="dimmed">
          {entry.selfAssessed !== undefined
            ? t('imported.fromFormSelfAssessed', { level: entry.selfAssessed, name: LEVEL_NAME[entry.selfAssessed]() })
            : t('imported.fromForm')}
        </Text>
      ) : null}
    </Group>
  );
}

/** An imported answer's proposed level, for the officer to confirm or change; records who did. */
export function ConfirmLevel({ supplierId, questionId, entry }: { supplierId: string; questionId: string; entry: AnswerEntry }) {
  const { t } = useTranslation('questions');
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
    <Paper withBorder p="xs" radius="sm" bg="var(--mantine-color-yellow-light)" mt={4} data-testid="confirm-level">
      <Text size="xs" fw={600}>
        {t('imported.proposed', { level: entry.level, name: LEVEL_NAME[entry.level]() })}
      </Text>
      <Group gap="xs" align="flex-end" mt={4}>
        <NativeSelect
          size="xs"
          label={t('imported.confirmedLevel')}
          data={levelOptions()}
          value={level}
          onChange={(e) => setLevel(e.currentTarget.value)}
        />
        <TextInput
          size="xs"
          label={t('imported.yourName')}
          value={by}
          onChange={(e) => setBy(e.currentTarget.value.slice(0, 300))}
          error={error}
        />
        <Button size="xs" onClick={confirm}>
          {t('imported.confirm')}
        </Button>
      </Group>
    </Paper>
  );
}
