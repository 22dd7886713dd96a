import { useState, type ReactNode } from 'react';
import { TextInput } from '@mantine/core';
import { messageOf } from '../lib/errors';
import { ModalForm } from './FormModal';

interface NameFormProps {
  label: string;
  description?: string;
  intro?: ReactNode;
  initial: string;
  maxLength: number;
  submitLabel: string;
  /** The checked value, or the message to show under the field. */
  check: (value: string) => { value: string } | { error: string };
  /** Saves the value; a rejection's message is shown under the field and the form stays open. */
  onSubmit: (value: string) => Promise<void>;
  /** The message for a refused save, when the field has its own (e.g. from the service's issues). */
  errorOf?: (error: unknown) => string | undefined;
  onDone: () => void;
}

/** A one-field form in a dialog (a title, a name): checked before it is sent, Cancel and a submit button. */
export function NameForm({ label, description, intro, initial, maxLength, submitLabel, check, onSubmit, errorOf, onDone }: NameFormProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = check(value);
    if ('error' in checked) return setError(checked.error);
    setBusy(true);
    try {
      await onSubmit(checked.value);
      onDone();
    } catch (e) {
      setError(errorOf?.(e) ?? messageOf(e));
      setBusy(false);
    }
  };

  return (
    <ModalForm onSubmit={() => void submit()} onCancel={onDone} submitLabel={submitLabel} busy={busy} nativeUndo>
      {intro}
      <TextInput
        label={label}
        description={description}
        required
        data-autofocus
        maxLength={maxLength}
        value={value}
        error={error}
        onChange={(e) => {
          setValue(e.currentTarget.value);
          setError(undefined);
        }}
      />
    </ModalForm>
  );
}
