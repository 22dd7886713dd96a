import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowMerge, IconPencil } from '@tabler/icons-react';
import type { SupplierRegisterView } from '@shared/api/methods/suppliers';
import { IDENTIFIER_SCHEME_LABELS, resolveSupplier, type RegisteredSupplier } from '@shared/model/suppliers';
import { SectionPanel } from '../../components/SectionPanel';
import { countryName } from '../../lib/countries';
import { MergeForm } from './MergeForm';
import { SupplierForm } from './SupplierForm';
import { SupplierTenders } from './SupplierTenders';

export interface SupplierPageProps {
  supplier: RegisteredSupplier;
  register: SupplierRegisterView;
  onBack: () => void;
  onOpen: (id: string) => void;
  onSave: (supplier: RegisteredSupplier) => Promise<unknown>;
  onMerge: (keepId: string, mergeId: string) => Promise<unknown>;
}

function Details({ supplier }: { supplier: RegisteredSupplier }) {
  const rows: [string, string][] = [
    ['Country', supplier.country ? `${countryName(supplier.country)} (${supplier.country})` : 'Not given'],
    ...supplier.identifiers.map((i): [string, string] => [IDENTIFIER_SCHEME_LABELS[i.scheme], i.value]),
    ...supplier.contacts.map((c): [string, string] => [
      'Contact',
      [c.name, c.role, c.email, c.phone].filter((part) => part && part.trim()).join(' · '),
    ]),
  ];
  if (supplier.formerNames?.length) rows.push(['Former names', supplier.formerNames.join(', ')]);
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false} aria-label="Supplier details">
      <Table.Tbody>
        {rows.map(([label, value], index) => (
          <Table.Tr key={index}>
            <Table.Th w={200}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One supplier: its details (edit, rename, merge a duplicate) and the tenders in which it takes part. */
export function SupplierPage({ supplier, register, onBack, onOpen, onSave, onMerge }: SupplierPageProps) {
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const keptIn = supplier.mergedInto ? resolveSupplier(register, supplier.id) : undefined;
  const mergedHere = register.suppliers.filter((s) => s.mergedInto === supplier.id);
  const candidates = register.suppliers.filter((s) => s.id !== supplier.id && !s.mergedInto);
  return (
    <Stack gap="lg" data-testid="supplier-page">
      <div>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack} px={0}>
          All suppliers
        </Button>
        <Group justify="space-between" align="flex-start" mt="xs">
          <Group gap="sm">
            <Title order={2} size="h3">
              {supplier.name}
            </Title>
            {keptIn ? <Badge color="gray">Merged</Badge> : null}
          </Group>
          {keptIn ? null : (
            <Group gap="xs">
              <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                Edit or rename
              </Button>
              <Button
                variant="default"
                leftSection={<IconArrowMerge size={16} aria-hidden />}
                onClick={() => setMerging(true)}
                disabled={candidates.length === 0}
              >
                Merge a duplicate
              </Button>
            </Group>
          )}
        </Group>
        {keptIn ? (
          <Text size="sm" mt="xs">
            This entry was merged into{' '}
            <Anchor component="button" type="button" onClick={() => onOpen(keptIn.id)} inherit>
              {keptIn.name}
            </Anchor>
            : tenders that name it show that supplier.
          </Text>
        ) : null}
        {mergedHere.length > 0 ? (
          <Text size="sm" mt="xs" c="gray.7">
            Merged into this entry: {mergedHere.map((s) => s.name).join(', ')}.
          </Text>
        ) : null}
      </div>
      <SectionPanel headingId="supplier-details" title="Details">
        <Details supplier={supplier} />
      </SectionPanel>
      <section aria-labelledby="supplier-tenders">
        <Title order={2} size="h4" id="supplier-tenders" mb="sm">
          Tenders and contracts
        </Title>
        <SupplierTenders supplierId={supplier.id} name={supplier.name} revision={register.revision} />
      </section>
      <SupplierForm opened={editing} supplier={supplier} onClose={() => setEditing(false)} onSave={onSave} />
      <MergeForm
        opened={merging}
        keep={supplier}
        candidates={candidates}
        onClose={() => setMerging(false)}
        onMerge={(mergeId) => onMerge(supplier.id, mergeId)}
      />
    </Stack>
  );
}
