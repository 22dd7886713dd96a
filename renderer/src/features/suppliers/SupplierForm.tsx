import { useState } from 'react';
import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  IDENTIFIER_SCHEMES,
  newRegisteredSupplier,
  SUPPLIER_LIMITS,
  type IdentifierScheme,
  type RegisteredSupplier,
  type SupplierContact,
  type SupplierIdentifier,
} from '@shared/model/suppliers';
import { FormModal } from '../../components/FormModal';
import { countryOptions } from '../../lib/countries';
import { messageOf } from '../../lib/errors';
import { SCHEME_LABEL } from './labels';

const schemeOptions = () => IDENTIFIER_SCHEMES.map((value) => ({ value, label: SCHEME_LABEL[value]() }));

/** Empty optional fields are left out, so the saved entry holds only what was given. */
function cleanContact(contact: SupplierContact): SupplierContact {
  const trimmed = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  const role = trimmed(contact.role);
  const email = trimmed(contact.email);
  const phone = trimmed(contact.phone);
  return { name: contact.name.trim(), ...(role ? { role } : {}), ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}

export interface SupplierFormProps {
  opened: boolean;
  /** The entry edited, or none to add one. */
  supplier?: RegisteredSupplier;
  onClose: () => void;
  /** Saves the entry (throws what the register refused). */
  onSave: (supplier: RegisteredSupplier) => Promise<unknown>;
}

/** Adds a supplier to the register, or edits one (a new name is a rename: the old one stays searchable). */
export function SupplierForm({ opened, supplier, onClose, onSave }: SupplierFormProps) {
  return opened ? <SupplierFormBody supplier={supplier} onClose={onClose} onSave={onSave} /> : null;
}

function SupplierFormBody({ supplier, onClose, onSave }: Omit<SupplierFormProps, 'opened'>) {
  const { t } = useTranslation('suppliers');
  const [name, setName] = useState(supplier?.name ?? '');
  const [country, setCountry] = useState<string | null>(supplier?.country ?? null);
  const [identifiers, setIdentifiers] = useState<SupplierIdentifier[]>(supplier?.identifiers ?? []);
  const [contacts, setContacts] = useState<SupplierContact[]>(supplier?.contacts ?? []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);

  const submit = async () => {
    if (!name.trim()) return setNameError(t('form.nameMissing'));
    const base = supplier ?? newRegisteredSupplier(name.trim());
    const next: RegisteredSupplier = {
      ...base,
      name: name.trim(),
      identifiers: identifiers.filter((i) => i.value.trim()).map((i) => ({ ...i, value: i.value.trim() })),
      contacts: contacts.filter((c) => c.name.trim()).map(cleanContact),
    };
    if (country) next.country = country;
    else delete next.country;
    setBusy(true);
    setError(null);
    try {
      await onSave(next);
      onClose();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const setIdentifier = (index: number, change: Partial<SupplierIdentifier>) =>
    setIdentifiers((list) => list.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const setContact = (index: number, change: Partial<SupplierContact>) =>
    setContacts((list) => list.map((item, i) => (i === index ? { ...item, ...change } : item)));

  return (
    <FormModal
      opened
      onClose={onClose}
      title={supplier ? t('form.editTitle', { name: supplier.name }) : t('form.addTitle')}
      size="lg"
      submitLabel={supplier ? t('form.save') : t('form.add')}
      onSubmit={() => void submit()}
      busy={busy}
      error={error}
      errorTitle={t('form.notSaved')}
    >
      <TextInput
        label={t('form.name')}
        description={supplier ? t('form.renameHint') : undefined}
        required
        value={name}
        error={nameError}
        onChange={(event) => {
          setName(event.currentTarget.value);
          setNameError(null);
        }}
        data-autofocus
      />
      <Select
        label={t('form.country')}
        description={t('form.countryHint')}
        placeholder={t('form.countryPlaceholder')}
        data={countryOptions()}
        value={country}
        onChange={setCountry}
        searchable
        clearable
        nothingFoundMessage={t('form.noCountry')}
      />
      <Fieldset legend={t('form.identifiers')} variant="unstyled">
        <Stack gap="xs">
          {identifiers.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('form.identifiersHint')}
            </Text>
          ) : null}
          {identifiers.map((identifier, index) => (
            <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
              <Select
                label={t('form.identifierType', { number: index + 1 })}
                data={schemeOptions()}
                value={identifier.scheme}
                onChange={(value) => value && setIdentifier(index, { scheme: value as IdentifierScheme })}
                allowDeselect={false}
                w={220}
              />
              <TextInput
                label={t('form.identifier', { number: index + 1 })}
                value={identifier.value}
                onChange={(event) => setIdentifier(index, { value: event.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('form.removeIdentifier', { number: index + 1 })}
                onClick={() => setIdentifiers((list) => list.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            disabled={identifiers.length >= SUPPLIER_LIMITS.identifiers}
            onClick={() => setIdentifiers((list) => [...list, { scheme: 'company-number', value: '' }])}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('form.addIdentifier')}
          </Button>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('form.contacts')} variant="unstyled">
        <Stack gap="xs">
          {contacts.map((contact, index) => (
            <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('form.contactName', { number: index + 1 })}
                value={contact.name}
                onChange={(e) => setContact(index, { name: e.currentTarget.value })}
              />
              <TextInput
                label={t('form.role')}
                value={contact.role ?? ''}
                onChange={(e) => setContact(index, { role: e.currentTarget.value })}
              />
              <TextInput
                label={t('form.email')}
                type="email"
                value={contact.email ?? ''}
                onChange={(e) => setContact(index, { email: e.currentTarget.value })}
              />
              <TextInput
                label={t('form.phone')}
                value={contact.phone ?? ''}
                onChange={(e) => setContact(index, { phone: e.currentTarget.value })}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('form.removeContact', { number: index + 1 })}
                onClick={() => setContacts((list) => list.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            disabled={contacts.length >= SUPPLIER_LIMITS.contacts}
            onClick={() => setContacts((list) => [...list, { name: '' }])}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('form.addContact')}
          </Button>
        </Stack>
      </Fieldset>
    </FormModal>
  );
}
