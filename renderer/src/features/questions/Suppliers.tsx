import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { LIMITS } from '@shared/model/common';
import { SUPPLIER_ROLE_LABELS, SUPPLIER_ROLES, type QaSupplier, type SupplierRole } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { addSupplier, removeSupplier, updateSupplier } from '@shared/rules/qaAnswers';
import { askToConfirm } from '../../components/confirm';
import { SectionPanel } from '../../components/SectionPanel';
import { useActions } from '../../store';

const ROLE_OPTIONS = SUPPLIER_ROLES.map((r) => ({ value: r, label: SUPPLIER_ROLE_LABELS[r] }));

/** The suppliers the Q&A is held with: bidders during the tender, contracted suppliers after award. */
export function Suppliers({ content }: { content: TenderContent }) {
  const { changeContent, endEditBurst } = useActions();
  const [name, setName] = useState('');
  const [role, setRole] = useState<SupplierRole>('bidder');
  const [error, setError] = useState<string | null>(null);

  const add = (e: FormEvent) => {
    e.preventDefault();
    const result = addSupplier(content.qa, { name, role });
    if (!result.ok) {
      setError(result.message.replace('The supplier cannot be added: name: ', ''));
      return;
    }
    endEditBurst();
    changeContent(null, (c) => {
      const r = addSupplier(c.qa, { name, role, id: result.value.supplier.id });
      return r.ok ? { ...c, qa: r.value.qa } : c;
    });
    setName('');
    setError(null);
  };

  const remove = (s: QaSupplier) => {
    const result = removeSupplier(content.qa, s.id);
    const apply = () =>
      changeContent(null, (c) => {
        const r = removeSupplier(c.qa, s.id, { discardAnswers: true });
        return r.ok ? { ...c, qa: r.value } : c;
      });
    if (result.ok) return apply();
    askToConfirm({
      title: `Remove ${s.name}?`,
      message: `${s.name} has answers or follow-ups recorded. Removing the supplier discards them; Ctrl+Z brings them back.`,
      confirmLabel: 'Remove with its answers',
      cancelLabel: 'Keep',
      onConfirm: apply,
    });
  };

  return (
    <SectionPanel headingId="suppliers-heading" title="Suppliers" padding="md">
      {content.qa.suppliers.length ? (
        <ul className="tw-plain-list tw-supplier-list" aria-label="Suppliers in the Q&A">
          {content.qa.suppliers.map((s) => (
            <li key={s.id}>
              <Text size="sm" fw={600} className="tw-question-text">
                {s.name}
              </Text>
              <Group wrap="nowrap" gap="xs" mt={4}>
                <NativeSelect
                  flex={1}
                  size="xs"
                  aria-label={`Role of ${s.name}`}
                  value={s.role}
                  onChange={(e) => {
                    const next = e.currentTarget.value as SupplierRole;
                    changeContent(null, (c) => {
                      const r = updateSupplier(c.qa, s.id, { role: next });
                      return r.ok ? { ...c, qa: r.value } : c;
                    });
                  }}
                  data={ROLE_OPTIONS}
                />
                <Tooltip label="Remove supplier">
                  <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${s.name}`} onClick={() => remove(s)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="sm" c="dimmed">
          No suppliers yet. Add the bidders you engage with, or the contracted supplier.
        </Text>
      )}
      <form onSubmit={add} noValidate data-native-undo>
        <Stack gap="xs" mt="md">
          <TextInput
            label="Supplier name"
            value={name}
            error={error}
            onChange={(e) => {
              setName(e.currentTarget.value.slice(0, LIMITS.shortText));
              setError(null);
            }}
          />
          <NativeSelect label="Role" value={role} onChange={(e) => setRole(e.currentTarget.value as SupplierRole)} data={ROLE_OPTIONS} />
          <Group justify="flex-end">
            <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />}>
              Add supplier
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionPanel>
  );
}
