import type { ReactNode } from 'react';
import { Group, Paper, Radio, Text, Title } from '@mantine/core';

/** A Settings section that is one personal choice among a few, as radio buttons (appearance, language). */
export function ChoiceSection<V extends string>({
  id,
  heading,
  intro,
  label,
  value,
  isChoice,
  onChoose,
  children,
}: {
  id: string;
  heading: string;
  intro: string;
  label: string;
  value: V;
  isChoice: (value: string) => value is V;
  onChoose: (value: V) => void;
  /** The Radio buttons. */
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={`${id}-heading`}>
      <Title order={2} size="h4" id={`${id}-heading`}>
        {heading}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {intro}
      </Text>
      <Radio.Group
        label={label}
        value={value}
        onChange={(chosen) => {
          if (isChoice(chosen)) onChoose(chosen);
        }}
      >
        <Group gap="lg" mt={6}>
          {children}
        </Group>
      </Radio.Group>
    </Paper>
  );
}
