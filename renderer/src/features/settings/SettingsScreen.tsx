import { Alert, Code, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { transport } from '../../api';
import { useSettings, useWorkspace } from '../../store';
import { ScreenIntro } from '../../components/ScreenHeading';
import { OrganisationSettingsForm } from './OrganisationSettingsForm';
import { useSettingsAutosave } from './useSettingsAutosave';
import { CriteriaSettingsForm } from './CriteriaSettingsForm';
import { HistorySettingsForm } from './HistorySettingsForm';
import { NOTICE_SETTINGS_SECTION } from './NoticeSettingsSection';
import { SettingsSaveState, SettingsSection } from './SettingsParts';
import { AppearanceSection } from './AppearanceSection';
import { UPDATE_SETTINGS_SECTION } from './UpdateSettingsSection';
import { CURRENCY_SETTINGS_SECTION } from './CurrencySettingsSection';
import './settings.css';

/** The settings forms that sit in a plain section: each edits one part of the settings, saved as it is typed. */
const FORM_SECTIONS = [
  {
    id: 'criteria-settings-heading',
    title: 'Award criteria',
    intro: 'Floors every lot’s weights must meet, checked on the Criteria screen of every tender.',
    what: 'the criteria settings',
    Form: CriteriaSettingsForm,
  },
  {
    id: 'history-settings-heading',
    title: 'History',
    intro:
      'How long the saves of each tender are kept as backups: every save while it is recent, then fewer as it gets older. Pinned versions are kept until they are unpinned.',
    what: 'the history settings',
    Form: HistorySettingsForm,
  },
  CURRENCY_SETTINGS_SECTION,
  NOTICE_SETTINGS_SECTION,
] as const;

/** The sections after the appearance (which is this computer's, not the workspace's). */
const LATER_SECTIONS = [UPDATE_SETTINGS_SECTION] as const;

export function SettingsScreen() {
  const { workspace } = useWorkspace();
  const { settings, error: loadError } = useSettings();
  const autosave = useSettingsAutosave();
  const formSection = ({ id, title, intro, what, Form }: (typeof FORM_SECTIONS | typeof LATER_SECTIONS)[number]) => (
    <SettingsSection key={id} id={id} title={title} intro={intro} what={what} settings={settings} loadError={Boolean(loadError)}>
      {(loaded) => <Form settings={loaded} autosave={autosave} />}
    </SettingsSection>
  );

  return (
    <Stack gap="lg" maw={760}>
      <ScreenIntro title="Settings">
        Settings for this workspace, shared by everyone who works in it; the appearance is your own, on this computer. Changes are saved as
        you type; Ctrl+Z undoes the last one.
      </ScreenIntro>
      <SettingsSaveState state={autosave.state} />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="org-heading">
        <Title order={2} size="h4" id="org-heading" mb="md">
          Your organisation
        </Title>
        {loadError ? (
          <Alert color="red" title="Settings could not be loaded">
            {loadError}
          </Alert>
        ) : !settings ? (
          <Loader size="sm" aria-label="Loading settings" />
        ) : (
          <OrganisationSettingsForm settings={settings} autosave={autosave} />
        )}
      </Paper>
      {FORM_SECTIONS.map(formSection)}
      <AppearanceSection />
      {LATER_SECTIONS.map(formSection)}
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ws-heading">
        <Title order={2} size="h4" id="ws-heading" mb="md">
          Workspace
        </Title>
        <Stack gap="xs">
          <Text size="sm">
            Tenders are kept in this folder, one file per tender, with the saves of each kept (as set under History) in{' '}
            <Code>backups/</Code>:
          </Text>
          <Code block>{workspace?.path ?? '…'}</Code>
          <Text size="sm" c="dimmed">
            {transport() === 'electron'
              ? 'Running as the desktop app.'
              : 'Running in the browser, served by Tenderwright on this computer only.'}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
