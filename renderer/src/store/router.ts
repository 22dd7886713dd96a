import { useAppStore } from './index';
import { TENDER_SCREENS, screenAt, screenEntry, type Screen } from '../screens';

/**
 * The location hash mirrors the store's screen and open tender, so reload, back/forward and links
 * work: #/tenders, #/settings, #/deleted, #/tender/<id>/<screen>. The store stays the source of truth.
 */
export function hashFor(screen: Screen, tenderId?: string | null): string {
  const { path } = screenEntry(screen);
  return TENDER_SCREENS.includes(screen) && tenderId ? `#/tender/${encodeURIComponent(tenderId)}/${path}` : `#/${path}`;
}

export function parseHash(hash: string): { screen: Screen; tenderId?: string } {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'tender' && parts[1]) {
    const screen = screenAt(parts[2] ?? '') ?? 'details';
    return { screen: TENDER_SCREENS.includes(screen) ? screen : 'details', tenderId: parts[1] };
  }
  return { screen: screenAt(parts[0] ?? '') ?? 'tenders' };
}

export function startRouter(): () => void {
  const apply = () => {
    const route = parseHash(window.location.hash);
    const state = useAppStore.getState();
    if (route.screen !== state.screen || (route.tenderId && route.tenderId !== state.openTenderId)) {
      state.navigate(route.screen, route.tenderId);
    }
  };
  apply();
  window.addEventListener('hashchange', apply);
  window.addEventListener('popstate', apply);
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    // A refused switch leaves the address naming the other tender: put it back.
    const refused = state.switchRefused !== previous.switchRefused;
    if (!refused && state.screen === previous.screen && state.openTenderId === previous.openTenderId) return;
    // While a tender is loading, keep the id in the address so a reload lands on it.
    const hash = hashFor(state.screen, state.openTenderId);
    if (window.location.hash === hash) return;
    if (state.screen !== previous.screen && !refused) window.history.pushState(null, '', hash);
    else window.history.replaceState(null, '', hash);
  });
  return () => {
    window.removeEventListener('hashchange', apply);
    window.removeEventListener('popstate', apply);
    unsubscribe();
  };
}
