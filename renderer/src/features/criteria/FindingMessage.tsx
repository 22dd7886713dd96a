import type { Finding } from '@shared/rules/findings';
import { FieldMessage } from '../../components/FieldMessage';
import { messageId } from './lotEdit';

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
