import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { t } from '@shared/i18n';
import { useTranslation } from 'react-i18next';
import { contentOf } from '@shared/model/tender';
import { describeWriter } from '@shared/model/workspace';
import { useActions, useConflict, useReadOnly } from '../store';
import { clockTime, fullDate } from '../lib/format';
import { VersionCompare } from './VersionCompare';

/** "at 14:32" today, "at 14:32 on Wednesday, 2 December 2026" otherwise. */
function when(iso: string): string {
  const then = new Date(iso);
  return then.toDateString() === new Date().toDateString()
    ? t('common:team.atTime', { time: clockTime(iso) })
    : t('common:team.onDate', { date: fullDate(iso) });
}

/** What the recovered-edits banner offers: when the edits were made, why they are offered, and what happened since. */
function recoveredText(recoveredAt: string, unchangedSince: boolean, savedBy: string, savedAt: string): string {
  const values = { when: when(recoveredAt), savedBy, savedAt };
  return unchangedSince ? t('common:team.recoveredUnchanged', values) : t('common:team.recoveredChanged', values);
}

/**
 * Above every screen of the open tender: a save refused because a colleague's came first (autosave
 * is paused until a choice is made), edits recovered from an earlier session, or a workspace folder
 * that cannot be reached (the tender is read-only until it is back).
 */
export function TeamBanner() {
  const { t } = useTranslation('common');
  const conflict = useConflict();
  const readOnly = useReadOnly();
  const { resolveConflict, retryNow } = useActions();
  const [comparing, setComparing] = useState(false);

  if (readOnly) {
    return (
      <Alert color="orange" title={t('team.readOnlyTitle')} mb="md" data-testid="read-only-banner" role="alert">
        <Text size="sm">{readOnly.message}</Text>
        <Text size="sm" mt="xs">
          {readOnly.kept ? t('team.readOnlyKept') : t('team.readOnlyInWindow')}
        </Text>
        <Button size="xs" variant="default" mt="sm" onClick={() => void retryNow()}>
          {t('team.tryAgainNow')}
        </Button>
      </Alert>
    );
  }
  if (!conflict) return null;

  const { detail, theirs, busy, error } = conflict;
  const who = describeWriter(detail?.savedBy ?? theirs.savedBy);
  const when = fullDate(detail?.savedAt ?? theirs.updatedAt);
  const title = conflict.kind === 'recovered' ? t('team.recoveredTitle') : t('team.conflictTitle', { who });
  const body =
    conflict.kind === 'recovered'
      ? recoveredText(conflict.recoveredAt ?? '', conflict.base !== null, describeWriter(theirs.savedBy), fullDate(theirs.updatedAt))
      : t('team.conflictBody', { when });
  const theirLabel = conflict.kind === 'recovered' ? t('team.onDisk') : t('team.whose', { who });

  return (
    <Alert color="yellow" title={title} mb="md" data-testid="conflict-banner" role="alert">
      <Text size="sm">{body}</Text>
      {error ? (
        <Text size="sm" c="red" mt="xs">
          {error}
        </Text>
      ) : null}
      <Group gap="xs" mt="sm">
        <Button size="xs" onClick={() => setComparing(true)}>
          {t('team.review')}
        </Button>
        <Button size="xs" variant="default" loading={busy} onClick={() => void resolveConflict('theirs')}>
          {conflict.kind === 'recovered' ? t('team.discardMine') : t('team.keepTheirs')}
        </Button>
        <Button size="xs" variant="default" loading={busy} onClick={() => void resolveConflict('mine')}>
          {t('team.keepMine')}
        </Button>
        <Button size="xs" variant="default" loading={busy} onClick={() => void resolveConflict('copy')}>
          {t('team.keepMineAsCopy')}
        </Button>
      </Group>
      {comparing ? (
        <VersionCompare
          opened
          onClose={() => setComparing(false)}
          theirs={contentOf(theirs)}
          mine={conflict.mine}
          base={conflict.base}
          theirLabel={theirLabel}
          busy={busy}
          onCombine={(choices) => {
            setComparing(false);
            void resolveConflict({ combine: choices });
          }}
        />
      ) : null}
    </Alert>
  );
}
