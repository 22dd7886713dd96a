import type { ReactNode } from 'react';
import { Box, Group, Paper, Text, Title, type MantineSpacing, type TitleOrder } from '@mantine/core';

export interface SectionPanelProps {
  /** The heading's id; the section is named by its heading. */
  headingId: string;
  title: ReactNode;
  /** The heading level in the screen's outline; it looks the same at every level. */
  order?: TitleOrder;
  /** How big the heading looks (default h5). */
  size?: string;
  /** A line under the heading; a string is shown small and grey. */
  description?: ReactNode;
  /** Shown on the heading's right, e.g. a count badge. */
  actions?: ReactNode;
  /** A bordered panel (default) or a plain section with the same heading. */
  framed?: boolean;
  padding?: MantineSpacing;
  testId?: string;
  children: ReactNode;
}

/** A titled section of a screen: heading, optional description and actions on the right, then its content. */
export function SectionPanel({
  headingId,
  title,
  order = 2,
  size = 'h5',
  description,
  actions,
  framed = true,
  padding = 'lg',
  testId,
  children,
}: SectionPanelProps) {
  const heading = (
    <Title order={order} size={size} id={headingId} mb={actions || description ? undefined : 'xs'}>
      {title}
    </Title>
  );
  const head = (
    <>
      {actions ? (
        <Group justify="space-between" wrap="nowrap" align="flex-start" mb={description ? 0 : 'xs'}>
          {heading}
          {actions}
        </Group>
      ) : (
        heading
      )}
      {typeof description === 'string' ? (
        <Text size="xs" c="dimmed" mt={2} mb="sm">
          {description}
        </Text>
      ) : (
        description
      )}
    </>
  );
  if (!framed) {
    return (
      <Box component="section" aria-labelledby={headingId} data-testid={testId}>
        {head}
        {children}
      </Box>
    );
  }
  return (
    <Paper withBorder radius="md" p={padding} component="section" aria-labelledby={headingId} data-testid={testId}>
      {head}
      {children}
    </Paper>
  );
}
