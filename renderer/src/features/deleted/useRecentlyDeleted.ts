import { useCallback, useEffect, useState } from 'react';
import type { DeletedEntry } from '@shared/api/contract';
import { call } from '../../api';
import { messageOf } from '../../lib/errors';
import { useAppStore, type LoadStatus } from '../../store';

/** The entries of Recently deleted, and what can be done with them. */
export function useRecentlyDeleted() {
  const [entries, setEntries] = useState<DeletedEntry[]>([]);
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [error, setError] = useState<string | null>(null);
  /** Raised to read the list again (after a restore, a purge, or "Try again"). */
  const [readSeq, setReadSeq] = useState(0);

  useEffect(() => {
    let current = true;
    call('deleted.list', {}).then(
      (list) => {
        if (!current) return;
        setEntries(list);
        setStatus('ready');
        setError(null);
      },
      (e: unknown) => {
        if (!current) return;
        setStatus('error');
        setError(messageOf(e));
      },
    );
    return () => {
      current = false;
    };
  }, [readSeq]);

  const load = useCallback(() => setReadSeq((n) => n + 1), []);

  /** Puts the entry back; the open tender, when it is the one restored into, shows it straight away. */
  const restore = useCallback(
    async (entry: DeletedEntry) => {
      const app = useAppStore.getState();
      const intoOpenTender = entry.kind !== 'tender' && app.openTenderId === entry.tenderId;
      // What is typed lands first, so the restore goes onto it rather than being refused as stale.
      if (intoOpenTender) await app.saveNow();
      try {
        await call('deleted.restore', { id: entry.id });
        if (intoOpenTender) useAppStore.getState().adoptTender(await call('tenders.get', { id: entry.tenderId }));
        await useAppStore.getState().loadTenders();
      } finally {
        load();
      }
    },
    [load],
  );

  const purge = useCallback(
    async (entry: DeletedEntry) => {
      try {
        await call('deleted.purge', { id: entry.id });
      } finally {
        load();
      }
    },
    [load],
  );

  return { entries, status, error, load, restore, purge };
}
