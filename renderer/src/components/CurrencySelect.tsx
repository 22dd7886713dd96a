import { useMemo } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencyName } from '../lib/format';

/** Every ISO 4217 code this runtime can format, named in the user's language: "EUR – Euro". */
function currencyChoices(): { value: string; label: string }[] {
  const codes = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['EUR', 'GBP', 'USD'];
  return codes.map((code) => ({ value: code, label: `${code} – ${currencyName(code)}` }));
}

/** A searchable picker of ISO 4217 currencies (type "pound" or "GBP"). */
export function CurrencySelect({
  label,
  description,
  value,
  onChange,
  error,
  disabled,
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation('common');
  // Currency names are in the user's language: listed again when it changes.
  const data = useMemo(() => currencyChoices(), [i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Select
      label={label}
      description={description}
      data={data}
      value={value}
      onChange={(code) => {
        if (code) onChange(code);
      }}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('currency.nothingFound')}
      error={error}
      disabled={disabled}
      maw={360}
    />
  );
}
