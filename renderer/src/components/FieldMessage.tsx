import './FieldMessage.css';
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { FindingSeverity } from '@shared/rules/findings';

const ICONS = { error: IconAlertCircle, warning: IconAlertTriangle, info: IconInfoCircle } as const;
const SEVERITY_WORDS: Record<FindingSeverity, string> = { error: 'Must fix', warning: 'Check', info: 'Note' };

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
  const Icon = ICONS[severity];
  return (
    <div id={id} className="tw-cr-message" data-severity={severity}>
      <Icon size={16} aria-hidden className="tw-cr-message-icon" />
      <Text size="sm" component="div">
        <span className="tw-cr-message-severity">{SEVERITY_WORDS[severity]}:</span> {label ? <strong>{label}: </strong> : null}
        {message} {fix ? <span className="tw-cr-message-fix">{fix}</span> : null}
      </Text>
    </div>
  );
}
