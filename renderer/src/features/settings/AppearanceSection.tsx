import { Radio, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import { ChoiceSection } from './ChoiceSection';

const CHOICES: { value: MantineColorScheme; label: () => string }[] = [
  { value: 'auto', label: () => t('settings:appearance.system') },
  { value: 'light', label: () => t('settings:appearance.light') },
  { value: 'dark', label: () => t('settings:appearance.dark') },
];

const isScheme = (value: string): value is MantineColorScheme => CHOICES.some((choice) => choice.value === value);

/** Light, dark or as the system is: a personal choice, kept on this computer rather than in the shared workspace. */
export function AppearanceSection() {
  const { t } = useTranslation('settings');
  // Mantine would otherwise pause transitions with an injected <style>, which the CSP refuses.
  const { colorScheme, setColorScheme } = useMantineColorScheme({ keepTransitions: true });
  return (
    <ChoiceSection
      id="appearance"
      heading={t('appearance.heading')}
      intro={t('appearance.intro')}
      label={t('appearance.label')}
      value={colorScheme}
      isChoice={isScheme}
      onChoose={setColorScheme}
    >
      {CHOICES.map((choice) => (
        <Radio key={choice.value} value={choice.value} label={choice.label()} />
      ))}
    </ChoiceSection>
  );
}
