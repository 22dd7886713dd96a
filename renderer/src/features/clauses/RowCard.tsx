import type { ReactNode } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

/** The red bin that removes one row (a parameter, a sub-clause, a lettered item) from an own clause being written. */
export function RemoveRowButton({ label, onClick, mb }: { label: string; onClick: () => void; mb?: number }) {
  return (
    <ActionIcon variant="subtle" color="red" mb={mb} aria-label={label} onClick={onClick}>
      <IconTrash size={16} aria-hidden />
    </ActionIcon>
  );
}

/** The button under a list of rows that adds one more; compact inside a row, full size under the list. */
export function AddRowButton({ compact = false, onClick, children }: { compact?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <Group>
      <Button
        size={compact ? 'compact-xs' : 'xs'}
        variant={compact ? 'subtle' : 'default'}
        leftSection={<IconPlus size={compact ? 12 : 14} aria-hidden />}
        onClick={onClick}
      >
        {children}
      </Button>
    </Group>
  );
}

interface RowChildren {
  onRemove: () => void;
  children: ReactNode;
}

/** One numbered row of an own clause: its heading with a remove button, then its fields. */
export function RowCard({ title, removeLabel, onRemove, children }: { title: ReactNode; removeLabel: string } & RowChildren) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600} size="sm">
            {title}
          </Text>
          <RemoveRowButton label={removeLabel} onClick={onRemove} />
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
