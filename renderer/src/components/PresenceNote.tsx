import { Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import type { PresenceEntry } from '@shared/api/contract';
import { describeWriter } from '@shared/model/workspace';
import { usePresence, useTenderList } from '../store';
import { clockTime } from '../lib/format';

const modeWords = (entry: PresenceEntry) => (entry.mode === 'browser' ? ' (browser mode)' : '');

/**
 * "Also open by ana on PC-17 since 14:02": on a tender's screens, the colleagues who have that tender
 * open; on the Tenders list (no tenderId), everyone else who has the workspace open.
 */
export function PresenceNote({ tenderId }: { tenderId?: string }) {
  const presence = usePresence();
  const { tenders } = useTenderList();
  const others = (presence?.others ?? []).filter((entry) => !tenderId || entry.openTenderId === tenderId);
  if (others.length === 0) return null;
  const titleOf = (id: string | null) => (id ? tenders.find((t) => t.id === id)?.title : undefined);
  const phrases = others.map((entry) => {
    const where = !tenderId && titleOf(entry.openTenderId) ? `, in “${titleOf(entry.openTenderId)}”` : '';
    return `${describeWriter(entry)}${modeWords(entry)} since ${clockTime(entry.since)}${where}`;
  });
  return (
    <Text size="sm" c="dimmed" className="tw-presence" data-testid="presence-note" role="status">
      <IconUsers size={16} stroke={1.6} aria-hidden /> {tenderId ? 'Also open by' : 'Also in this workspace:'} {phrases.join('; ')}
    </Text>
  );
}
