import { useState } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newRegisteredSupplier, resolveSupplier, type RegisteredSupplier } from '@shared/model/suppliers';
import { messageOf } from '../lib/errors';
import { useSupplierRegister } from '../store/suppliers';

const ADD = '\u0000add';

export interface RegisterPickerProps {
  /** The field's accessible name, e.g. "Register entry of bidder 2". */
  label: string;
  /** Shown as a visible label too (else only read out). */
  visibleLabel?: boolean;
  registerId: string | undefined;
  /** The name typed so far, offered as a new register entry when it is not one yet. */
  typedName: string;
  /** Called with the chosen (or just added) entry, or undefined when the link is cleared. */
  onChange: (entry: RegisteredSupplier | undefined) => void;
  size?: 'xs' | 'sm';
}

/** Picks a supplier register entry for something a tender names, or adds a new entry on the spot. */
export function RegisterPicker({ label, visibleLabel = false, registerId, typedName, onChange, size = 'sm' }: RegisterPickerProps) {
  const { t } = useTranslation('common');
  const { register, saveSupplier } = useSupplierRegister();
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const active = (register?.suppliers ?? []).filter((s) => !s.mergedInto).sort((a, b) => a.name.localeCompare(b.name));
  const current = register && registerId ? resolveSupplier(register, registerId) : undefined;
  const candidate = (search.trim() && search.trim() !== current?.name ? search : typedName).trim();
  const known = active.some((s) => s.name.toLowerCase() === candidate.toLowerCase());
  const data = [
    ...active.map((s) => ({ value: s.id, label: s.name })),
    ...(candidate && !known ? [{ value: ADD, label: t('registerPicker.add', { name: candidate }) }] : []),
  ];

  const pick = async (value: string | null) => {
    setError(null);
    if (value === null) return onChange(undefined);
    if (value !== ADD) return onChange(active.find((s) => s.id === value));
    try {
      onChange(await saveSupplier(newRegisteredSupplier(candidate)));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <Select
      size={size}
      label={visibleLabel ? label : undefined}
      aria-label={visibleLabel ? undefined : label}
      placeholder={t('registerPicker.placeholder')}
      data={data}
      value={current?.id ?? null}
      onChange={(value) => void pick(value)}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('registerPicker.nothingFound')}
      filter={({ options, search: query }) =>
        options.filter((o) => 'value' in o && (o.value === ADD || o.label.toLowerCase().includes(query.trim().toLowerCase())))
      }
      error={error}
    />
  );
}
