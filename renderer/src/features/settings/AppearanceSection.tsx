import { Group, Paper, Radio, Text, Title, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';

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
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="appearance-heading">
      <Title order={2} size="h4" id="appearance-heading">
        {t('appearance.heading')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t('appearance.intro')}
      </Text>
      <Radio.Group
        label={t('appearance.label')}
        value={colorScheme}
        onChange={(value) => {
          if (isScheme(value)) setColorScheme(value);
        }}
      >
        <Group gap="lg" mt={6}>
          {CHOICES.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label()} />
          ))}
        </Group>
      </Radio.Group>
    </Paper>
  );
}
