import { useTranslation } from 'react-i18next';
import { TextInput } from '@mantine/core';
import type { Bidder } from '@shared/model/evaluation';
import { useRegisteredName } from '../../store/suppliers';

/** A bidder's name: typed for a bid not linked to the register, the register's name (read-only) once it is. */
export function BidderName({
  bidder,
  index,
  focusRef,
  onName,
  onBlur,
}: {
  bidder: Bidder;
  index: number;
  focusRef: (node: HTMLInputElement | null) => void;
  onName: (name: string) => void;
  onBlur: () => void;
}) {
  const { t } = useTranslation('evaluation');
  const name = useRegisteredName(bidder.registerId, bidder.name);
  const linked = bidder.registerId !== undefined;
  return (
    <TextInput
      ref={focusRef}
      aria-label={t('setup.bidderName', { number: index + 1 })}
      value={linked ? name : bidder.name}
      readOnly={linked}
      title={linked ? t('setup.fromRegister') : undefined}
      maxLength={300}
      onChange={(e) => onName(e.currentTarget.value)}
      onBlur={onBlur}
    />
  );
}
