import type { ComponentType } from 'react';
import { t } from '@shared/i18n';

/**
 * Every screen of the app, once: the store's navigation and the address (store/router.ts), the
 * navigation list (components/AppFrame.tsx), the window title and the screen shown (App.tsx) all
 * derive from this list. A title is read when shown, so it is always in the user's language. `path` is the screen's part of the address: #/<path> for the app screens,
 * #/tender/<id>/<path> for those of the open tender. Each screen's code is its own chunk, loaded
 * the first time it is shown (`load`, wrapped in React.lazy by App.tsx).
 */
const SCREEN_LIST = [
  {
    id: 'tenders',
    get title() {
      return t('common:screens.tenders');
    },
    path: 'tenders',
    group: 'home',
    load: () => import('./features/tenders/TendersHome').then((m) => m.TendersHome),
  },
  {
    id: 'details',
    get title() {
      return t('common:screens.details');
    },
    path: 'details',
    group: 'tender',
    load: () => import('./features/tenders/TenderDetails').then((m) => m.TenderDetails),
  },
  {
    id: 'criteria',
    get title() {
      return t('common:screens.criteria');
    },
    path: 'criteria',
    group: 'tender',
    load: () => import('./features/criteria/CriteriaScreen').then((m) => m.CriteriaScreen),
  },
  {
    id: 'clauses',
    get title() {
      return t('common:screens.clauses');
    },
    path: 'clauses',
    group: 'tender',
    load: () => import('./features/clauses/ClausesScreen').then((m) => m.ClausesScreen),
  },
  {
    id: 'questions',
    get title() {
      return t('common:screens.questions');
    },
    path: 'questions',
    group: 'tender',
    load: () => import('./features/questions/QuestionsScreen').then((m) => m.QuestionsScreen),
  },
  {
    id: 'evaluation',
    get title() {
      return t('common:screens.evaluation');
    },
    path: 'evaluation',
    group: 'tender',
    load: () => import('./features/evaluation/EvaluationScreen').then((m) => m.EvaluationScreen),
  },
  {
    id: 'export',
    get title() {
      return t('common:screens.export');
    },
    path: 'export',
    group: 'tender',
    load: () => import('./features/export/ExportScreen').then((m) => m.ExportScreen),
  },
  {
    id: 'suppliers',
    get title() {
      return t('common:screens.suppliers');
    },
    path: 'suppliers',
    group: 'app',
    load: () => import('./features/suppliers/SuppliersScreen').then((m) => m.SuppliersScreen),
  },
  {
    id: 'deleted',
    get title() {
      return t('common:screens.deleted');
    },
    path: 'deleted',
    group: 'app',
    load: () => import('./features/deleted/DeletedScreen').then((m) => m.DeletedScreen),
  },
  {
    id: 'settings',
    get title() {
      return t('common:screens.settings');
    },
    path: 'settings',
    group: 'app',
    load: () => import('./features/settings/SettingsScreen').then((m) => m.SettingsScreen),
  },
] as const satisfies readonly ScreenEntry<string>[];

/** Where a screen sits in the navigation: the home list, the open tender's screens, or the app's own. */
export type ScreenGroup = 'home' | 'tender' | 'app';

interface ScreenEntry<Id extends string> {
  id: Id;
  /** The navigation label and the window title, in the user's language when it is read. */
  readonly title: string;
  path: string;
  /** 'tender' screens show the open tender. */
  group: ScreenGroup;
  load: () => Promise<ComponentType>;
}

export type Screen = (typeof SCREEN_LIST)[number]['id'];

export const SCREENS: readonly ScreenEntry<Screen>[] = SCREEN_LIST;

/** The screens that show the open tender. */
export const TENDER_SCREENS: readonly Screen[] = SCREENS.filter((s) => s.group === 'tender').map((s) => s.id);

export const screenEntry = (id: Screen): ScreenEntry<Screen> => SCREENS.find((s) => s.id === id)!;

/** The screen whose address part is `path`, if any. */
export const screenAt = (path: string): Screen | undefined => SCREENS.find((s) => s.path === path)?.id;
