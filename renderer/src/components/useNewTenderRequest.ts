import { useEffect } from 'react';
import { useAppStore } from '../store';

/** Opens the new-tender dialog (via `open`) when the shortcut or the desktop menu asks for one. */
export function useNewTenderRequest(open: () => void) {
  const requested = useAppStore((s) => s.newTenderRequested);
  useEffect(() => {
    if (!requested) return;
    useAppStore.getState().requestNewTender(false);
    open();
  }, [requested, open]);
}
