import { useState } from 'react';
import { tooLongMessage } from '../../lib/textGuard';

/** The props a guarded text field takes: its label, the refusal message and the change handler. */
export interface GuardedTextProps {
  label: string;
  error: string | undefined;
  onChange: (e: { currentTarget: { value: string } }) => void;
}

export type GuardText = (field: string, label: string, limit: number, apply: (value: string) => void) => GuardedTextProps;

/**
 * Text fields that refuse huge pastes with a message and keep what they held. `onTaken` runs after a
 * text is taken (the form clears its "not saved" message then).
 */
export function useGuardedText(onTaken: () => void): GuardText {
  const [refused, setRefused] = useState<Record<string, string>>({});
  return (field, label, limit, apply) => ({
    label,
    error: refused[field],
    onChange: (e) => {
      const value = e.currentTarget.value;
      const tooLong = tooLongMessage(value, limit, label);
      setRefused((r) => {
        const { [field]: _old, ...rest } = r;
        return tooLong ? { ...rest, [field]: tooLong } : rest;
      });
      if (!tooLong) {
        apply(value);
        onTaken();
      }
    },
  });
}
