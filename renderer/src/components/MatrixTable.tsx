import type { ReactNode } from 'react';
import { Table, VisuallyHidden, type MantineSpacing, type TableThProps } from '@mantine/core';

export interface MatrixColumn {
  key: string;
  label: ReactNode;
  /** Read out to screen readers but not shown (e.g. the column of row actions). */
  hiddenLabel?: boolean;
  width?: number | string;
  /** Class of this column's body cells, e.g. "tw-nowrap". */
  cellClassName?: string;
}

export interface MatrixTableProps<Row> {
  /** The header row, the row-header column first when there is one. */
  columns: readonly MatrixColumn[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** The first cell of a row as a row header; leave out for a table without row headers. */
  rowHeader?: (row: Row, index: number) => ReactNode;
  rowHeaderProps?: (row: Row, index: number) => Omit<TableThProps, 'children'>;
  /** One cell per remaining column, in order. */
  cells: (row: Row, index: number) => readonly ReactNode[];
  /** Extra attributes of a row, e.g. a data-* flag for styling. */
  rowProps?: (row: Row, index: number) => Record<`data-${string}`, string | boolean | undefined>;
  caption?: ReactNode;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  testId?: string;
  bordered?: boolean;
  highlightOnHover?: boolean;
  verticalSpacing?: MantineSpacing | number;
  horizontalSpacing?: MantineSpacing | number;
  className?: string;
  /** Wraps the table so a wide one scrolls on its own instead of the page. */
  scroll?: boolean;
}

/** A table's header row: one column header per column. */
export function ColumnHeaders({ columns }: { columns: readonly MatrixColumn[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <Table.Th scope="col" key={column.key} w={column.width}>
            {column.hiddenLabel ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** A table of rows by columns with a header row and, optionally, row headers. */
export function MatrixTable<Row>({
  columns,
  rows,
  rowKey,
  rowHeader,
  rowHeaderProps,
  cells,
  rowProps,
  caption,
  testId,
  bordered = false,
  highlightOnHover,
  verticalSpacing = 'xs',
  horizontalSpacing,
  className,
  scroll = true,
  ...labels
}: MatrixTableProps<Row>) {
  const bodyColumns = rowHeader ? columns.slice(1) : columns;
  const table = (
    <Table
      withTableBorder={bordered}
      withColumnBorders={bordered}
      highlightOnHover={highlightOnHover}
      verticalSpacing={verticalSpacing}
      horizontalSpacing={horizontalSpacing}
      className={className}
      data-testid={testId}
      {...labels}
    >
      {caption ? <Table.Caption>{caption}</Table.Caption> : null}
      <ColumnHeaders columns={columns} />
      <Table.Tbody>
        {rows.map((row, index) => {
          const values = cells(row, index);
          return (
            <Table.Tr key={rowKey(row, index)} {...rowProps?.(row, index)}>
              {rowHeader ? (
                <Table.Th scope="row" {...rowHeaderProps?.(row, index)}>
                  {rowHeader(row, index)}
                </Table.Th>
              ) : null}
              {bodyColumns.map((column, i) => (
                <Table.Td key={column.key} className={column.cellClassName}>
                  {values[i]}
                </Table.Td>
              ))}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
  return scroll ? <div className="tw-table-wrap">{table}</div> : table;
}
