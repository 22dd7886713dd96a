import { Alert, Code, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
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
import { LanguageSection } from './LanguageSection';
import { UPDATE_SETTINGS_SECTION } from './UpdateSettingsSection';
import { CURRENCY_SETTINGS_SECTION } from './CurrencySettingsSection';
import './settings.css';

/** The settings forms that sit in a plain section: each edits one part of the settings, saved as it is typed. Texts are read at render. */
const FORM_SECTIONS = [
  {
    id: 'criteria-settings-heading',
    title: () => t('settings:criteria.title'),
    intro: () => t('settings:criteria.intro'),
    what: () => t('settings:criteria.what'),
    Form: CriteriaSettingsForm,
  },
  {
    id: 'history-settings-heading',
    title: () => t('settings:history.title'),
    intro: () => t('settings:history.intro'),
    what: () => t('settings:history.what'),
    Form: HistorySettingsForm,
  },
  CURRENCY_SETTINGS_SECTION,
  NOTICE_SETTINGS_SECTION,
] as const;

/** The sections after the appearance and language (which are this computer's, not the workspace's). */
const LATER_SECTIONS = [UPDATE_SETTINGS_SECTION] as const;

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const { workspace } = useWorkspace();
  const { settings, error: loadError } = useSettings();
  const autosave = useSettingsAutosave();
  const formSection = ({ id, title, intro, what, Form }: (typeof FORM_SECTIONS | typeof LATER_SECTIONS)[number]) => (
    <SettingsSection key={id} id={id} title={title()} intro={intro()} what={what()} settings={settings} loadError={Boolean(loadError)}>
      {(loaded) => <Form settings={loaded} autosave={autosave} />}
    </SettingsSection>
  );

  return (
    <Stack gap="lg" maw={760}>
      <ScreenIntro title={t('screen.heading')}>{t('screen.intro')}</ScreenIntro>
      <SettingsSaveState state={autosave.state} />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="org-heading">
        <Title order={2} size="h4" id="org-heading" mb="md">
          {t('organisation.heading')}
        </Title>
        {loadError ? (
          <Alert color="red" title={t('screen.loadFailed')}>
            {loadError}
          </Alert>
        ) : !settings ? (
          <Loader size="sm" aria-label={t('screen.loading')} />
        ) : (
          <OrganisationSettingsForm settings={settings} autosave={autosave} />
        )}
      </Paper>
      {FORM_SECTIONS.map(formSection)}
      <AppearanceSection />
      <LanguageSection />
      {LATER_SECTIONS.map(formSection)}
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ws-heading">
        <Title order={2} size="h4" id="ws-heading" mb="md">
          {t('workspace.heading')}
        </Title>
        <Stack gap="xs">
          <Text size="sm">
            <Trans t={t} i18nKey="workspace.folder" components={{ code: <Code /> }} />
          </Text>
          <Code block>{workspace?.path ?? '…'}</Code>
          <Text size="sm" c="dimmed">
            {transport() === 'electron' ? t('workspace.desktop') : t('workspace.browser')}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
