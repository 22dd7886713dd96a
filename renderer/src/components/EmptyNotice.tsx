import type { ReactNode } from 'react';
import { Button, EmptyState, Paper, type MantineSpacing } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

export interface EmptyNoticeProps {
  icon: Icon;
  title: string;
  description: ReactNode;
  /** The one thing that fills the empty place, e.g. "Create your first tender". */
  action?: { label: string; icon?: Icon; onClick: () => void };
  /** A bordered panel where a table would be (a whole screen's list), or a notice on the page. */
  framed?: boolean;
  mt?: MantineSpacing;
}

/** Nothing here yet: an icon, what is missing and why, and the action that fills it. */
export function EmptyNotice({ icon: Symbol, title, description, action, framed = false, mt = 'lg' }: EmptyNoticeProps) {
  const button = action ? (
    <Button
      mt={framed ? undefined : 'md'}
      leftSection={action.icon ? <action.icon size={16} aria-hidden /> : undefined}
      onClick={action.onClick}
    >
      {action.label}
    </Button>
  ) : null;
  if (!framed) {
    return (
      <EmptyState mt={mt} icon={<Symbol size={28} aria-hidden />} withIndicatorBackground title={title} description={description}>
        {button}
      </EmptyState>
    );
  }
  return (
    <Paper withBorder radius="md" py={48}>
      <EmptyState icon={<Symbol size={30} aria-hidden />} variant="light" title={title} description={description}>
        {button ? <EmptyState.Actions>{button}</EmptyState.Actions> : null}
      </EmptyState>
    </Paper>
  );
}
