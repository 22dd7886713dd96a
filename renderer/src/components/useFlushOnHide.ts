import { useEffect } from 'react';
import { useAppStore } from '../store';

/** Saves a pending edit at once when the window is hidden or closed, instead of waiting for the debounce. */
export function useFlushOnHide() {
  useEffect(() => {
    const flush = () => {
      const { saveState, saveNow } = useAppStore.getState();
      if (saveState.status === 'pending') void saveNow();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, []);
}
