import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconUsers } from '@tabler/icons-react';
import { describeWriter } from '@shared/model/workspace';
import { usePresence, useTenderList } from '../store';
import { clockTime } from '../lib/format';

/**
 * "Also open by ana on PC-17 since 14:02": on a tender's screens, the colleagues who have that tender
 * open; on the Tenders list (no tenderId), everyone else who has the workspace open.
 */
export function PresenceNote({ tenderId }: { tenderId?: string }) {
  const { t } = useTranslation('common');
  const presence = usePresence();
  const { tenders } = useTenderList();
  const others = (presence?.others ?? []).filter((entry) => !tenderId || entry.openTenderId === tenderId);
  if (others.length === 0) return null;
  const titleOf = (id: string | null) => (id ? tenders.find((t) => t.id === id)?.title : undefined);
  const phrases = others.map((entry) => {
    const values = { who: describeWriter(entry), time: clockTime(entry.since), title: titleOf(entry.openTenderId) };
    const browser = entry.mode === 'browser';
    if (!tenderId && values.title) return browser ? t('presence.browserSinceIn', values) : t('presence.sinceIn', values);
    return browser ? t('presence.browserSince', values) : t('presence.since', values);
  });
  const list = phrases.join('; ');
  return (
    <Text size="sm" c="dimmed" className="tw-presence" data-testid="presence-note" role="status">
      <IconUsers size={16} stroke={1.6} aria-hidden />{' '}
      {tenderId ? t('presence.alsoOpenBy', { list }) : t('presence.alsoInWorkspace', { list })}
    </Text>
  );
}
