import { Group, Paper, Radio, Text, Title, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';

const CHOICES: { value: MantineColorScheme; label: string }[] = [
  { value: 'auto', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const isScheme = (value: string): value is MantineColorScheme => CHOICES.some((choice) => choice.value === value);

/** Light, dark or as the system is: a personal choice, kept on this computer rather than in the shared workspace. */
export function AppearanceSection() {
  // Mantine would otherwise pause transitions with an injected <style>, which the CSP refuses.
  const { colorScheme, setColorScheme } = useMantineColorScheme({ keepTransitions: true });
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="appearance-heading">
      <Title order={2} size="h4" id="appearance-heading">
        Appearance
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        Light or dark screens, or as your computer is set. This is your own choice: it is kept on this computer only, not in the workspace,
        so colleagues who share the workspace keep theirs. It applies at once.
      </Text>
      <Radio.Group
        label="Colour scheme"
        value={colorScheme}
        onChange={(value) => {
          if (isScheme(value)) setColorScheme(value);
        }}
      >
        <Group gap="lg" mt={6}>
          {CHOICES.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label} />
          ))}
        </Group>
      </Radio.Group>
    </Paper>
  );
}
