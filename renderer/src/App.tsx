import { lazy, Suspense, useCallback, useEffect, useRef, type ComponentType, type LazyExoticComponent } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { temporalStore, useActions, useAppStore, useRecentTendersMenu, useScreen, useTenderList } from './store';
import { startUndoPersistence } from './store/undoPersistence';
import { startRouter } from './store/router';
import { startTeamSync } from './store/teamSync';
import { startLeaveWarning, startRecoveryJournal } from './store/recoveryJournal';
import { AppFrame } from './components/AppFrame';
import { useAppShortcuts } from './components/useAppShortcuts';
import { ShortcutPanels } from './components/ShortcutPanels';
import { useFlushOnHide } from './components/useFlushOnHide';
import { Loading } from './components/LoadStates';
import { SCREEN_HEADING_ID } from './components/ScreenHeading';
import { SCREENS, screenEntry, type Screen } from './screens';

/** Each screen's code is fetched the first time it is shown. */
const SCREEN_COMPONENTS = Object.fromEntries(
  SCREENS.map((screen) => [screen.id, lazy(() => screen.load().then((component) => ({ default: component })))]),
) as Record<Screen, LazyExoticComponent<ComponentType>>;

/** Mounted with each screen once its code has arrived (the Suspense below waits for it). */
function ScreenShown({ screen, onShown }: { screen: Screen; onShown: (screen: Screen) => void }) {
  useEffect(() => onShown(screen), [screen, onShown]);
  return null;
}

export function App() {
  // Subscribed to the language, so the whole app re-renders in the new one when it changes.
  const { t, i18n } = useTranslation('common');
  const screen = useScreen();
  const focusedFor = useRef(screen);
  // The frame moves focus to the new screen's heading when the screen changes; a screen shown for the
  // first time has no heading yet at that moment, so it is focused again once the screen is there
  // (never for the screen the app opened on).
  const focusHeadingOnArrival = useCallback((shown: Screen) => {
    if (focusedFor.current === shown) return;
    focusedFor.current = shown;
    document.getElementById(SCREEN_HEADING_ID)?.focus();
  }, []);
  const { loadTenders, loadWorkspace } = useActions();
  useRecentTendersMenu(useTenderList().tenders);

  useEffect(() => {
    void loadTenders();
    void loadWorkspace();
    const stopRouter = startRouter();
    const stopTeamSync = startTeamSync();
    const stopRecoveryJournal = startRecoveryJournal();
    const stopLeaveWarning = startLeaveWarning();
    const stopUndoPersistence = startUndoPersistence(useAppStore, temporalStore);
    return () => {
      stopRouter();
      stopTeamSync();
      stopRecoveryJournal();
      stopLeaveWarning();
      stopUndoPersistence();
    };
  }, [loadTenders, loadWorkspace]);

  // The first script stays small, but a screen should not wait for its code when the user moves to
  // it: once the page is idle, the other screens' code is fetched and parsed ahead of time.
  useEffect(() => {
    const handle = window.requestIdleCallback(() => SCREENS.forEach((entry) => void entry.load()), { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }, []);

  useEffect(() => {
    document.title = t('app.windowTitle', { screen: screenEntry(screen).title });
  }, [screen, t, i18n.language]);

  useAppShortcuts();
  useFlushOnHide();

  // Opening another tender is refused while the open one holds edits that cannot be saved.
  const refused = useAppStore((s) => s.switchRefused);
  useEffect(() => {
    if (!refused) return;
    notifications.show({
      id: 'switch-refused',
      color: 'red',
      title: t('app.switchRefused.title'),
      message: t('app.switchRefused.message', { title: refused.title, reason: refused.reason }),
      autoClose: 10_000,
    });
  }, [refused, t]);

  // What colleagues changed on disk, as the store noticed it.
  const teamNotice = useAppStore((s) => s.teamNotice);
  useEffect(() => {
    if (!teamNotice) return;
    notifications.show({ color: 'blue', title: teamNotice.title, message: teamNotice.message, autoClose: 8000 });
  }, [teamNotice]);

  const Current = SCREEN_COMPONENTS[screen];
  return (
    <>
      <AppFrame>
        <Suspense fallback={<Loading label={t('app.loadingScreen', { screen: screenEntry(screen).title })} />}>
          <Current />
          <ScreenShown key={screen} screen={screen} onShown={focusHeadingOnArrival} />
        </Suspense>
      </AppFrame>
      {/* Outside the frame: its edit lock must not disable the find bar. */}
      <ShortcutPanels />
    </>
  );
}
