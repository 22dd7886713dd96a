import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowMerge, IconPencil } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import type { SupplierRegisterView } from '@shared/api/methods/suppliers';
import { resolveSupplier, type RegisteredSupplier } from '@shared/model/suppliers';
import { SectionPanel } from '../../components/SectionPanel';
import { countryName } from '../../lib/countries';
import { MergeForm } from './MergeForm';
import { SupplierForm } from './SupplierForm';
import { SupplierTenders } from './SupplierTenders';
import { SCHEME_LABEL } from './labels';

export interface SupplierPageProps {
  supplier: RegisteredSupplier;
  register: SupplierRegisterView;
  onBack: () => void;
  onOpen: (id: string) => void;
  onSave: (supplier: RegisteredSupplier) => Promise<unknown>;
  onMerge: (keepId: string, mergeId: string) => Promise<unknown>;
}

function Details({ supplier }: { supplier: RegisteredSupplier }) {
  const { t } = useTranslation('suppliers');
  const rows: [string, string][] = [
    [t('page.country'), supplier.country ? `${countryName(supplier.country)} (${supplier.country})` : t('page.notGiven')],
    ...supplier.identifiers.map((i): [string, string] => [SCHEME_LABEL[i.scheme](), i.value]),
    ...supplier.contacts.map((c): [string, string] => [
      t('page.contact'),
      [c.name, c.role, c.email, c.phone].filter((part) => part && part.trim()).join(' · '),
    ]),
  ];
  if (supplier.formerNames?.length) rows.push([t('page.formerNames'), supplier.formerNames.join(', ')]);
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false} aria-label={t('page.detailsLabel')}>
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
  const { t } = useTranslation('suppliers');
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const keptIn = supplier.mergedInto ? resolveSupplier(register, supplier.id) : undefined;
  const mergedHere = register.suppliers.filter((s) => s.mergedInto === supplier.id);
  const candidates = register.suppliers.filter((s) => s.id !== supplier.id && !s.mergedInto);
  return (
    <Stack gap="lg" data-testid="supplier-page">
      <div>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack} px={0}>
          {t('page.back')}
        </Button>
        <Group justify="space-between" align="flex-start" mt="xs">
          <Group gap="sm">
            <Title order={2} size="h3">
              {supplier.name}
            </Title>
            {keptIn ? <Badge color="gray">{t('page.merged')}</Badge> : null}
          </Group>
          {keptIn ? null : (
            <Group gap="xs">
              <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                {t('page.edit')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconArrowMerge size={16} aria-hidden />}
                onClick={() => setMerging(true)}
                disabled={candidates.length === 0}
              >
                {t('page.merge')}
              </Button>
            </Group>
          )}
        </Group>
        {keptIn ? (
          <Text size="sm" mt="xs">
            <Trans
              t={t}
              i18nKey="page.mergedInto"
              values={{ name: keptIn.name }}
              components={{
                link: (
                  <Anchor component="button" type="button" onClick={() => onOpen(keptIn.id)} inherit>
                    {null}
                  </Anchor>
                ),
              }}
            />
          </Text>
        ) : null}
        {mergedHere.length > 0 ? (
          <Text size="sm" mt="xs" c="dimmed">
            {t('page.mergedHere', { names: mergedHere.map((s) => s.name).join(', ') })}
          </Text>
        ) : null}
      </div>
      <SectionPanel headingId="supplier-details" title={t('page.details')}>
        <Details supplier={supplier} />
      </SectionPanel>
      <section aria-labelledby="supplier-tenders">
        <Title order={2} size="h4" id="supplier-tenders" mb="sm">
          {t('page.tenders')}
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
