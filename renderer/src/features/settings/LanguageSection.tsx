import { Group, Paper, Radio, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES } from '@shared/model/language';
import { useUiLanguage, type LanguageChoice } from '../../store/uiLanguage';

const isChoice = (value: string): value is LanguageChoice => value === 'system' || (LANGUAGES as readonly string[]).includes(value);

/** The screens' language: a personal choice kept on this computer, like the colour scheme; it never changes a tender's own language. */
export function LanguageSection() {
  const { t } = useTranslation('settings');
  const { choice, choose } = useUiLanguage();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="language-heading">
      <Title order={2} size="h4" id="language-heading">
        {t('language.heading')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t('language.intro')}
      </Text>
      <Radio.Group
        label={t('language.label')}
        value={choice}
        onChange={(value) => {
          if (isChoice(value)) choose(value);
        }}
      >
        <Group gap="lg" mt={6}>
          <Radio value="system" label={t('language.system')} />
          {LANGUAGES.map((language) => (
            // Each language is named in itself, so a user who cannot read the current one still finds theirs.
            <Radio key={language} value={language} label={LANGUAGE_NAMES[language]} lang={language} />
          ))}
        </Group>
      </Radio.Group>
    </Paper>
  );
}
