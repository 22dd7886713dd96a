import { useRef, type ReactNode } from 'react';
import { ActionIcon, Button, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { MatrixTable, type MatrixColumn } from './MatrixTable';
import { SectionPanel } from './SectionPanel';
import { useTranslation } from 'react-i18next';

export interface EditableRowsProps<Row extends { id: string }> {
  /** The heading's id; it names both the section and the table. */
  headingId: string;
  title: string;
  /** Shown instead of the table while there are no rows. */
  empty: string;
  rows: readonly Row[];
  /** The columns between the row number and the remove button. */
  columns: readonly MatrixColumn[];
  /** One cell per column; `focusRef` goes on the first field, so a row just added gets the focus. */
  cells: (row: Row, index: number, focusRef: (node: HTMLInputElement | null) => void) => readonly ReactNode[];
  removeLabel: (row: Row, index: number) => string;
  onRemove: (row: Row, index: number) => void;
  addLabel: string;
  /** The add button is disabled once the list is full. */
  atLimit: boolean;
  /** Adds a row and returns its id. */
  onAdd: () => string;
}

const NUMBER_COLUMN: MatrixColumn = { key: '#', label: '#', width: 40 };

/** A titled list of rows edited in place: a numbered table, a remove button per row, an add button under it. */
export function EditableRows<Row extends { id: string }>({
  headingId,
  title,
  empty,
  rows,
  columns,
  cells,
  removeLabel,
  onRemove,
  addLabel,
  atLimit,
  onAdd,
}: EditableRowsProps<Row>) {
  const { t } = useTranslation('common');
  const added = useRef<string | null>(null);
  const focusRef = (id: string) => (node: HTMLInputElement | null) => {
    if (node && added.current === id) {
      node.focus();
      added.current = null;
    }
  };

  return (
    <SectionPanel headingId={headingId} title={title} order={3} size="h4" framed={false}>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm" mb="sm">
          {empty}
        </Text>
      ) : (
        <MatrixTable
          aria-labelledby={headingId}
          scroll={false}
          verticalSpacing={4}
          columns={[NUMBER_COLUMN, ...columns, { key: 'remove', label: t('actions.remove'), hiddenLabel: true, width: 60 }]}
          rows={rows}
          rowKey={(row) => row.id}
          cells={(row, index) => [
            index + 1,
            ...cells(row, index, focusRef(row.id)),
            <ActionIcon key="remove" variant="subtle" color="red" aria-label={removeLabel(row, index)} onClick={() => onRemove(row, index)}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>,
          ]}
        />
      )}
      <Button
        mt="xs"
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        disabled={atLimit}
        onClick={() => {
          added.current = onAdd();
        }}
      >
        {addLabel}
      </Button>
    </SectionPanel>
  );
}
