import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { contentOf } from '@shared/model/tender';
import { describeWriter } from '@shared/model/workspace';
import { useActions, useConflict, useReadOnly } from '../store';
import { clockTime, fullDate } from '../lib/format';
import { VersionCompare } from './VersionCompare';

/** "at 14:32" today, "at 14:32 on Wednesday, 2 December 2026" otherwise. */
function when(iso: string): string {
  const then = new Date(iso);
  return then.toDateString() === new Date().toDateString() ? `at ${clockTime(iso)}` : `on ${fullDate(iso)}`;
}

/** What the recovered-edits banner offers: when the edits were made, why they are offered, and what happened since. */
function recoveredText(recoveredAt: string, unchangedSince: boolean, savedBy: string, savedAt: string): string {
  const since = unchangedSince
    ? 'Nobody has saved this tender since.'
    : `Since then, ${savedBy} saved this tender (${savedAt}): review the differences before you choose.`;
  return `Edits you made ${when(recoveredAt)} were not saved to the workspace: Tenderwright was closed, stopped or lost its connection first. They were kept on this computer. ${since} Keep them to save them now, or discard them to keep the tender as it is.`;
}

/**
 * Above every screen of the open tender: a save refused because a colleague's came first (autosave
 * is paused until a choice is made), edits recovered from an earlier session, or a workspace folder
 * that cannot be reached (the tender is read-only until it is back).
 */
export function TeamBanner() {
  const conflict = useConflict();
  const readOnly = useReadOnly();
  const { resolveConflict, retryNow } = useActions();
  const [comparing, setComparing] = useState(false);

  if (readOnly) {
    return (
      <Alert color="orange" title="Read-only: the workspace folder cannot be written" mb="md" data-testid="read-only-banner" role="alert">
        <Text size="sm">{readOnly.message}</Text>
        <Text size="sm" mt="xs">
          {readOnly.kept
            ? 'Your edits are kept on this computer and will be saved as soon as the folder can be written again.'
            : 'Your edits are kept in this window; do not close it until the folder is back.'}{' '}
          Tenderwright tries again every few seconds.
        </Text>
        <Button size="xs" variant="default" mt="sm" onClick={() => void retryNow()}>
          Try again now
        </Button>
      </Alert>
    );
  }
  if (!conflict) return null;

  const { detail, theirs, busy, error } = conflict;
  const who = describeWriter(detail?.savedBy ?? theirs.savedBy);
  const when = fullDate(detail?.savedAt ?? theirs.updatedAt);
  const title = conflict.kind === 'recovered' ? 'Unsaved edits were recovered' : `${who} saved this tender while you were editing it`;
  const body =
    conflict.kind === 'recovered'
      ? recoveredText(conflict.recoveredAt ?? '', conflict.base !== null, describeWriter(theirs.savedBy), fullDate(theirs.updatedAt))
      : `Their version (saved ${when}) came first, so your latest edits were not saved over it. Autosave is paused for this tender until you choose; both versions are kept until then.`;
  const theirLabel = conflict.kind === 'recovered' ? 'On disk' : `${who}’s`;

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
          Review differences
        </Button>
        <Button size="xs" variant="default" loading={busy} onClick={() => void resolveConflict('theirs')}>
          {conflict.kind === 'recovered' ? 'Discard my edits' : 'Keep theirs'}
        </Button>
        <Button size="xs" variant="default" loading={busy} onClick={() => void resolveConflict('mine')}>
          Keep mine
        </Button>
        <Button size="xs" variant="default" loading={busy} onClick={() => void resolveConflict('copy')}>
          Keep mine as a copy
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
