import { useEffect, useMemo, useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconBuildingFactory2, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import type { SupplierRegisterView } from '@shared/api/methods/suppliers';
import type { RegisteredSupplier } from '@shared/model/suppliers';
import { call } from '../../api';
import { EmptyNotice } from '../../components/EmptyNotice';
import type { MatrixColumn } from '../../components/MatrixTable';
import { RowsTable } from '../../components/RowsTable';
import { countryName } from '../../lib/countries';
import { SCHEME_LABEL } from './labels';

const columns = (): readonly MatrixColumn[] => [
  { key: 'name', label: t('suppliers:register.supplier') },
  { key: 'country', label: t('suppliers:register.country') },
  { key: 'identifiers', label: t('suppliers:register.identifiers') },
  { key: 'tenders', label: t('suppliers:register.tenders'), width: 100 },
];

/** Whether the entry matches the search: its name, a former name or an identifier. */
function matches(supplier: RegisteredSupplier, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [supplier.name, ...(supplier.formerNames ?? []), ...supplier.identifiers.map((i) => i.value)].some((text) =>
    text.toLowerCase().includes(q),
  );
}

/** Per entry, in how many tenders it takes part; read again whenever the register changes. */
function useTenderCounts(revision: number): Record<string, number> | null {
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  useEffect(() => {
    let live = true;
    call('suppliers.tenderCounts', {}).then(
      (c) => live && setCounts(c),
      () => live && setCounts(null),
    );
    return () => {
      live = false;
    };
  }, [revision]);
  return counts;
}

export interface RegisterListProps {
  register: SupplierRegisterView;
  onOpen: (id: string) => void;
  onAdd: () => void;
}

/** The workspace's suppliers, searchable, each with its country, identifiers and number of tenders. */
export function RegisterList({ register, onOpen, onAdd }: RegisterListProps) {
  const { t } = useTranslation('suppliers');
  const [query, setQuery] = useState('');
  const counts = useTenderCounts(register.revision);
  const active = useMemo(
    () => register.suppliers.filter((s) => !s.mergedInto).sort((a, b) => a.name.localeCompare(b.name)),
    [register.suppliers],
  );
  const shown = active.filter((s) => matches(s, query));
  if (active.length === 0) {
    return (
      <EmptyNotice
        framed
        icon={IconBuildingFactory2}
        title={t('register.emptyTitle')}
        description={t('register.emptyDescription')}
        action={{ label: t('register.add'), icon: IconPlus, onClick: onAdd }}
      />
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <TextInput
          type="search"
          label={t('register.search')}
          description={t('register.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={360}
        />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
          {t('register.add')}
        </Button>
      </Group>
      <RowsTable
        columns={columns()}
        minWidth={640}
        caption={
          shown.length === active.length
            ? t('register.caption', { count: active.length })
            : t('register.captionFiltered', { shown: shown.length, count: active.length })
        }
        highlightOnHover
        aria-label={t('register.label')}
      >
        {shown.map((supplier) => (
          <Table.Tr key={supplier.id} data-testid="supplier-row">
            <Table.Th scope="row" fw="normal">
              <Anchor component="button" type="button" fw={600} onClick={() => onOpen(supplier.id)}>
                {supplier.name}
              </Anchor>
              {supplier.formerNames?.length ? (
                <Text size="xs" c="dimmed">
                  {t('register.formerly', { names: supplier.formerNames.join(', ') })}
                </Text>
              ) : null}
            </Table.Th>
            <Table.Td>{supplier.country ? countryName(supplier.country) : '—'}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {supplier.identifiers.map((i, index) => (
                  <Badge key={index} variant="light" color="gray" tt="none" title={SCHEME_LABEL[i.scheme]()}>
                    {i.value}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>{counts ? (counts[supplier.id] ?? 0) : '…'}</Table.Td>
          </Table.Tr>
        ))}
      </RowsTable>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('register.noMatch', { query })}
        </Text>
      ) : null}
    </Stack>
  );
}
