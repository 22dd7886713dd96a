import './FieldMessage.css';
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { FindingSeverity } from '@shared/rules/findings';
import { useTranslation } from 'react-i18next';

const ICONS = { error: IconAlertCircle, warning: IconAlertTriangle, info: IconInfoCircle } as const;

/** One message next to a field: severity (in words, not colour alone), what is wrong, how to fix it. */
export function FieldMessage({
  id,
  severity,
  message,
  fix,
  label,
}: {
  id?: string;
  severity: FindingSeverity;
  message: ReactNode;
  fix?: ReactNode;
  /** The field's name, when the message sits below a row of several fields. */
  label?: string;
}) {
  const { t } = useTranslation('common');
  const severityWords: Record<FindingSeverity, string> = {
    error: t('severity.error'),
    warning: t('severity.warning'),
    info: t('severity.info'),
  };
  const Icon = ICONS[severity];
  return (
    <div id={id} className="tw-cr-message" data-severity={severity}>
      <Icon size={16} aria-hidden className="tw-cr-message-icon" />
      <Text size="sm" component="div">
        <span className="tw-cr-message-severity">{t('severity.prefix', { severity: severityWords[severity] })}</span>{' '}
        {label ? <strong>{t('severity.label', { label })}</strong> : null}
        {message} {fix ? <span className="tw-cr-message-fix">{fix}</span> : null}
      </Text>
    </div>
  );
}
