import { useEffect, useRef, type ReactNode } from 'react';
import { Button, NavLink, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  IconBook,
  IconChecklist,
  IconFileDescription,
  IconFileExport,
  IconFolders,
  IconGavel,
  IconMessageQuestion,
  IconScale,
  IconSettings,
  IconTrash,
  IconBuildingFactory2,
  type Icon,
} from '@tabler/icons-react';
import { TENDER_SCREENS, useOpenTenderHeader, useScreen } from '../store';
import { SCREENS, type Screen, type ScreenGroup } from '../screens';
import { hashFor } from '../store/router';
import { SaveIndicator } from './SaveIndicator';
import { UndoRedo } from './UndoRedo';
import { ShortcutsButton } from './ShortcutPanels';
import { SCREEN_HEADING_ID } from './ScreenHeading';
import { QuarantineNotice } from './QuarantineNotice';
import { TeamBanner } from './TeamBanner';
import { PresenceNote } from './PresenceNote';
import { GlossaryDrawer } from './GlossaryDrawer';
import { useGlossaryDrawer } from '../store/glossary';
import { useConflict, useReadOnly } from '../store';

const ICONS: Record<Screen, Icon> = {
  tenders: IconFolders,
  details: IconFileDescription,
  criteria: IconScale,
  clauses: IconGavel,
  questions: IconMessageQuestion,
  evaluation: IconChecklist,
  export: IconFileExport,
  suppliers: IconBuildingFactory2,
  deleted: IconTrash,
  settings: IconSettings,
};

interface NavItem {
  screen: Screen;
  label: string;
  icon: Icon;
}

/** Built at render: the labels are in the language of the moment. */
const navItems = (group: ScreenGroup): NavItem[] =>
  SCREENS.filter((s) => s.group === group).map((s) => ({ screen: s.id, label: s.title, icon: ICONS[s.id] }));

function NavItemLink({ item, current, tenderId }: { item: NavItem; current: Screen; tenderId: string | null }) {
  const active = item.screen === current;
  const Icon = item.icon;
  return (
    <li>
      <NavLink
        component="a"
        href={hashFor(item.screen, tenderId)}
        label={item.label}
        leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        variant="light"
      />
    </li>
  );
}

export function AppFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const screen = useScreen();
  const { id, title, status } = useOpenTenderHeader();
  const conflict = useConflict();
  const readOnly = useReadOnly();
  const locked = Boolean(conflict || readOnly);
  const onTenderScreen = Boolean(id) && TENDER_SCREENS.includes(screen);
  const firstRender = useRef(true);
  const openGlossary = useGlossaryDrawer((s) => s.open);

  // Move focus to the new screen's heading when the screen changes (not on first load).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById(SCREEN_HEADING_ID)?.focus();
  }, [screen]);

  // A screen that waited for its tender may re-render its heading once loaded; if focus fell to the
  // page itself meanwhile, put it back on the heading so keyboard users do not start over.
  useEffect(() => {
    if (status === 'ready' && document.activeElement === document.body) document.getElementById(SCREEN_HEADING_ID)?.focus();
  }, [status]);

  const tenderTitle = title?.trim() || (status === 'loading' ? t('frame.opening') : null);

  return (
    <div className="tw-shell">
      <a
        className="tw-skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('frame.skipToContent')}
      </a>
      <header className="tw-header">
        <div className="tw-brand">
          <span className="tw-brand-mark" aria-hidden>
            <svg
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d="M4 5h16M12 5v15M8 20h8" />
            </svg>
          </span>
          <span>Tenderwright</span>
        </div>
        <div className="tw-open-tender">
          {id ? (
            <>
              <Text size="xs" c="dimmed" lh={1.2}>
                {t('frame.openTender')}
              </Text>
              <Text fw={600} className="tw-open-tender-title" data-testid="open-tender-title">
                {tenderTitle ?? t('untitledTender')}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('frame.noTenderOpen')}
            </Text>
          )}
        </div>
        <div className="tw-header-tools">
          <SaveIndicator />
          <UndoRedo />
          <ShortcutsButton />
          <Button variant="default" size="xs" leftSection={<IconBook size={16} aria-hidden />} onClick={() => openGlossary()}>
            {t('frame.glossary')}
          </Button>
        </div>
      </header>
      <nav className="tw-nav" aria-label={t('frame.sections')}>
        <ul className="tw-nav-list">
          {navItems('home').map((item) => (
            <NavItemLink key={item.screen} item={item} current={screen} tenderId={id} />
          ))}
        </ul>
        <p className="tw-nav-group-label" id="nav-open-tender">
          {t('frame.openTender')}
        </p>
        <ul className="tw-nav-list" aria-labelledby="nav-open-tender">
          {navItems('tender').map((item) => (
            <NavItemLink key={item.screen} item={item} current={screen} tenderId={id} />
          ))}
        </ul>
        <p className="tw-nav-group-label" id="nav-app">
          {t('frame.app')}
        </p>
        <ul className="tw-nav-list" aria-labelledby="nav-app">
          {navItems('app').map((item) => (
            <NavItemLink key={item.screen} item={item} current={screen} tenderId={id} />
          ))}
        </ul>
      </nav>
      <main className="tw-main" id="main" tabIndex={-1}>
        <div className="tw-screen">
          <QuarantineNotice />
          {onTenderScreen ? (
            <>
              <PresenceNote tenderId={id ?? undefined} />
              <TeamBanner />
            </>
          ) : null}
          {/* While a conflict waits for a choice or the folder is unreachable, the tender cannot be edited. */}
          <fieldset className="tw-edit-lock" disabled={onTenderScreen && locked} aria-label={locked ? t('frame.readOnly') : undefined}>
            {children}
          </fieldset>
        </div>
      </main>
      <GlossaryDrawer />
    </div>
  );
}
