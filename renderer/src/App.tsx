import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { temporalStore, useActions, useAppStore, useScreen, type Screen } from './store';
import { startUndoPersistence } from './store/undoPersistence';
import { startRouter } from './store/router';
import { startTeamSync } from './store/teamSync';
import { startLeaveWarning, startRecoveryJournal } from './store/recoveryJournal';
import { AppFrame } from './components/AppFrame';
import { useUndoShortcuts } from './components/useUndoShortcuts';
import { useFlushOnHide } from './components/useFlushOnHide';
import { TendersHome } from './features/tenders/TendersHome';
import { TenderDetails } from './features/tenders/TenderDetails';
import { CriteriaScreen } from './features/criteria/CriteriaScreen';
import { ClausesScreen } from './features/clauses/ClausesScreen';
import { QuestionsScreen } from './features/questions/QuestionsScreen';
import { EvaluationScreen } from './features/evaluation/EvaluationScreen';
import { ExportScreen } from './features/export/ExportScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { DeletedScreen } from './features/deleted/DeletedScreen';

const SCREENS: Record<Screen, () => React.JSX.Element> = {
  tenders: TendersHome,
  details: TenderDetails,
  criteria: CriteriaScreen,
  clauses: ClausesScreen,
  questions: QuestionsScreen,
  evaluation: EvaluationScreen,
  export: ExportScreen,
  settings: SettingsScreen,
  deleted: DeletedScreen,
};

const TITLES: Record<Screen, string> = {
  tenders: 'Tenders',
  details: 'Tender details',
  criteria: 'Criteria',
  clauses: 'Clauses',
  questions: 'Questions',
  evaluation: 'Evaluation',
  export: 'Export',
  settings: 'Settings',
  deleted: 'Recently deleted',
};

export function App() {
  const screen = useScreen();
  const { loadTenders, loadWorkspace } = useActions();

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

  useEffect(() => {
    document.title = `${TITLES[screen]} · Tenderwright`;
  }, [screen]);

  useUndoShortcuts();
  useFlushOnHide();

  // Opening another tender is refused while the open one holds edits that cannot be saved.
  const refused = useAppStore((s) => s.switchRefused);
  useEffect(() => {
    if (!refused) return;
    notifications.show({
      id: 'switch-refused',
      color: 'red',
      title: 'The other tender was not opened',
      message: `“${refused.title}” has changes that are not saved (${refused.reason}). Fix them or retry the save first, so nothing you typed is lost.`,
      autoClose: 10_000,
    });
  }, [refused]);

  // What colleagues changed on disk, as the store noticed it.
  const teamNotice = useAppStore((s) => s.teamNotice);
  useEffect(() => {
    if (!teamNotice) return;
    notifications.show({ color: 'blue', title: teamNotice.title, message: teamNotice.message, autoClose: 8000 });
  }, [teamNotice]);

  const Current = SCREENS[screen];
  return (
    <AppFrame>
      <Current />
    </AppFrame>
  );
}
