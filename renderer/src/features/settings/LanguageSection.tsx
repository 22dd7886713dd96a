import { Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES } from '@shared/model/language';
import { useUiLanguage, type LanguageChoice } from '../../store/uiLanguage';
import { ChoiceSection } from './ChoiceSection';

const isChoice = (value: string): value is LanguageChoice => value === 'system' || (LANGUAGES as readonly string[]).includes(value);

/** The screens' language: a personal choice kept on this computer, like the colour scheme; it never changes a tender's own language. */
export function LanguageSection() {
  const { t } = useTranslation('settings');
  const { choice, choose } = useUiLanguage();
  return (
    <ChoiceSection
      id="language"
      heading={t('language.heading')}
      intro={t('language.intro')}
      label={t('language.label')}
      value={choice}
      isChoice={isChoice}
      onChoose={choose}
    >
      <Radio value="system" label={t('language.system')} />
      {LANGUAGES.map((language) => (
        // Each language is named in itself, so a user who cannot read the current one still finds theirs.
        <Radio key={language} value={language} label={LANGUAGE_NAMES[language]} lang={language} />
      ))}
    </ChoiceSection>
  );
}
