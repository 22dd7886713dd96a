import { useState, type FormEvent } from 'react';
import { ActionIcon, Badge, Button, Group, NativeSelect, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newRegisteredSupplier } from '@shared/model/suppliers';
import { LIMITS } from '@shared/model/common';
import { SUPPLIER_ROLES, type QaSupplier, type SupplierRole } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { addSupplier, removeSupplier, updateSupplier } from '@shared/rules/qaAnswers';
import { askToConfirm } from '../../components/confirm';
import { SectionPanel } from '../../components/SectionPanel';
import { useActions } from '../../store';
import { useRegisteredName, useSupplierRegister } from '../../store/suppliers';
import { messageOf } from '../../lib/errors';
import { ROLE_LABEL } from './labels';

const roleOptions = () => SUPPLIER_ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r]() }));

/** The suppliers the Q&A is held with: bidders during the tender, contracted suppliers after award. */
export function Suppliers({ content }: { content: TenderContent }) {
  const { t } = useTranslation('questions');
  const { changeContent, endEditBurst } = useActions();
  const [name, setName] = useState('');
  const [role, setRole] = useState<SupplierRole>('bidder');
  const [error, setError] = useState<string | null>(null);

  const { register, saveSupplier } = useSupplierRegister();
  const registered = (register?.suppliers ?? []).filter((s) => !s.mergedInto);

  const linkTo = (supplierId: string, registerId: string) =>
    changeContent(null, (c) => ({
      ...c,
      qa: { ...c.qa, suppliers: c.qa.suppliers.map((s) => (s.id === supplierId ? { ...s, registerId } : s)) },
    }));

  // A name the register knows links that entry; a new one is added to the register, so it is never typed twice.
  const add = (e: FormEvent) => {
    e.preventDefault();
    const result = addSupplier(content.qa, { name, role });
    if (!result.ok) {
      setError(result.message.replace('The supplier cannot be added: name: ', ''));
      return;
    }
    const { id, name: typed } = result.value.supplier;
    const entry = registered.find((s) => s.name.toLowerCase() === typed.toLowerCase());
    endEditBurst();
    changeContent(null, (c) => {
      const r = addSupplier(c.qa, { name: entry?.name ?? typed, role, id });
      if (!r.ok) return c;
      const suppliers = r.value.qa.suppliers.map((s) => (s.id === id && entry ? { ...s, registerId: entry.id } : s));
      return { ...c, qa: { ...r.value.qa, suppliers } };
    });
    if (!entry)
      saveSupplier(newRegisteredSupplier(typed)).then(
        (saved) => linkTo(id, saved.id),
        (failure: unknown) => setError(t('suppliers.notRegistered', { name: typed, reason: messageOf(failure) })),
      );
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
      title: t('suppliers.removeTitle', { name: s.name }),
      message: t('suppliers.removeMessage', { name: s.name }),
      confirmLabel: t('suppliers.removeConfirm'),
      cancelLabel: t('suppliers.keep'),
      onConfirm: apply,
    });
  };

  return (
    <SectionPanel headingId="suppliers-heading" title={t('suppliers.title')} padding="md">
      {content.qa.suppliers.length ? (
        <ul className="tw-plain-list tw-supplier-list" aria-label={t('suppliers.listLabel')}>
          {content.qa.suppliers.map((s) => (
            <SupplierItem key={s.id} supplier={s} onRemove={() => remove(s)} />
          ))}
        </ul>
      ) : (
        <Text size="sm" c="dimmed">
          {t('suppliers.empty')}
        </Text>
      )}
      <form onSubmit={add} noValidate data-native-undo>
        <Stack gap="xs" mt="md">
          <TextInput
            label={t('suppliers.name')}
            description={t('suppliers.nameHint')}
            list="register-supplier-names"
            autoComplete="off"
            value={name}
            error={error}
            onChange={(e) => {
              setName(e.currentTarget.value.slice(0, LIMITS.shortText));
              setError(null);
            }}
          />
          <datalist id="register-supplier-names">
            {[...new Set(registered.map((s) => s.name))].map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
          <NativeSelect
            label={t('suppliers.role')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as SupplierRole)}
            data={roleOptions()}
          />
          <Group justify="flex-end">
            <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('suppliers.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionPanel>
  );
}

/** One Q&A supplier: its registered name, its role and, once contracted, the contract award date. */
function SupplierItem({ supplier: s, onRemove }: { supplier: QaSupplier; onRemove: () => void }) {
  const { t } = useTranslation('questions');
  const { changeContent } = useActions();
  const name = useRegisteredName(s.registerId, s.name);
  const change = (patch: (supplier: QaSupplier) => QaSupplier) =>
    changeContent(null, (c) => ({ ...c, qa: { ...c.qa, suppliers: c.qa.suppliers.map((x) => (x.id === s.id ? patch(x) : x)) } }));
  return (
    <li>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Text size="sm" fw={600} className="tw-question-text">
          {name}
        </Text>
        {s.registerId ? null : (
          <Badge size="xs" variant="light" color="gray" tt="none">
            {t('suppliers.notInRegister')}
          </Badge>
        )}
      </Group>
      <Group wrap="nowrap" gap="xs" mt={4}>
        <NativeSelect
          flex={1}
          size="xs"
          aria-label={t('suppliers.roleOf', { name })}
          value={s.role}
          onChange={(e) => {
            const next = e.currentTarget.value as SupplierRole;
            changeContent(null, (c) => {
              const r = updateSupplier(c.qa, s.id, { role: next });
              return r.ok ? { ...c, qa: r.value } : c;
            });
          }}
          data={roleOptions()}
        />
        <Tooltip label={t('suppliers.remove')}>
          <ActionIcon variant="subtle" color="gray" aria-label={t('suppliers.removeNamed', { name })} onClick={onRemove}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      {s.role === 'contracted' ? (
        <TextInput
          mt={4}
          size="xs"
          type="date"
          label={t('suppliers.awardedOn', { name })}
          description={t('suppliers.awardedOnHint')}
          value={s.awardedOn ?? ''}
          onChange={(e) => {
            const day = e.currentTarget.value;
            change(({ awardedOn: _old, ...rest }) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? { ...rest, awardedOn: day } : rest));
          }}
        />
      ) : null}
    </li>
  );
}
