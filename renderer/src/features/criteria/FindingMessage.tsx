import './criteria.css';
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { Finding, FindingSeverity } from '@shared/rules/findings';
import { messageId } from './lotEdit';

const ICONS = { error: IconAlertCircle, warning: IconAlertTriangle, info: IconInfoCircle } as const;
export const SEVERITY_WORDS: Record<FindingSeverity, string> = { error: 'Must fix', warning: 'Check', info: 'Note' };

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

export function FindingMessages({ findings, label }: { findings: readonly Finding[]; label?: (f: Finding) => string | undefined }) {
  if (findings.length === 0) return null;
  return (
    <>
      {findings.map((f) => (
        <FieldMessage key={f.id} id={messageId(f)} severity={f.severity} message={f.message} fix={f.fix} label={label?.(f)} />
      ))}
    </>
  );
}

/**
 * Props for a Mantine input with messages below it: error styling (and aria-invalid) for errors, and
 * aria-describedby naming the messages. `problemIds` are messages that are errors too (a rejected
 * entry); `otherIds` are kept as they are, such as the input's own description (`<input id>-description`).
 */
export function describedBy(findings: readonly Finding[], problemIds: readonly string[] = [], otherIds: readonly string[] = []) {
  const ids = [...otherIds, ...problemIds, ...findings.map(messageId)];
  return {
    error: findings.some((f) => f.severity === 'error') || problemIds.length > 0,
    attributes: ids.length ? { input: { 'aria-describedby': ids.join(' ') } } : undefined,
  };
}
