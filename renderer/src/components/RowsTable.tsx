import type { ReactNode } from 'react';
import { Paper, Table } from '@mantine/core';
import { ColumnHeaders, type MatrixColumn } from './MatrixTable';

export interface RowsTableProps {
  columns: readonly MatrixColumn[];
  caption: ReactNode;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  'aria-label'?: string;
  className?: string;
  highlightOnHover?: boolean;
  /** The rows, each a <Table.Tr> of its own (rows with their own state and actions). */
  children: ReactNode;
}

/** A screen's list as a bordered table: a caption saying how many, a header row, then the rows. */
export function RowsTable({ columns, caption, minWidth, children, ...table }: RowsTableProps) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={minWidth}>
        <Table verticalSpacing="sm" horizontalSpacing="md" {...table}>
          <Table.Caption>{caption}</Table.Caption>
          <ColumnHeaders columns={columns} />
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
