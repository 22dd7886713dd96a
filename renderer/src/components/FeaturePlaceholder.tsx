import type { ReactNode } from 'react';
import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { ScreenHeading } from './ScreenHeading';
import { TenderGate } from './TenderGate';

/**
 * A feature screen that later work replaces: says honestly what it will hold and shows the open
 * tender's lots, which every one of those features is organised by.
 */
export function FeaturePlaceholder({ title, purpose, plans }: { title: string; purpose: ReactNode; plans: string[] }) {
  return (
    <Stack gap="lg">
      <Group gap="sm" align="center">
        <ScreenHeading>{title}</ScreenHeading>
        <Badge variant="light" color="gray">
          Coming in a later version
        </Badge>
      </Group>
      <Text maw={760}>{purpose}</Text>
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="xs">
          What this screen will hold
        </Title>
        <List spacing={4} size="sm">
          {plans.map((plan) => (
            <List.Item key={plan}>{plan}</List.Item>
          ))}
        </List>
      </Paper>
      <TenderGate>
        {(content) => (
          <Paper withBorder p="lg" radius="md">
            <Title order={2} size="h4" mb="xs">
              Lots in “{content.title}”
            </Title>
            <List spacing={4} size="sm" type="ordered">
              {content.lots.map((lot) => (
                <List.Item key={lot.id}>{lot.title}</List.Item>
              ))}
            </List>
          </Paper>
        )}
      </TenderGate>
    </Stack>
  );
}
