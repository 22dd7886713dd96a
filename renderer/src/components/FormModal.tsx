import type { ReactNode, Ref } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, type MantineSize, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ModalFormProps {
  /** Called on Enter or the submit button, after the browser's own submit is stopped. */
  onSubmit: () => void;
  onCancel: () => void;
  submitLabel: string;
  busy?: boolean;
  submitDisabled?: boolean;
  /** A message for the whole form (a refused save); shown above the buttons and announced. */
  error?: string | null;
  /** With a title the message is a red box ("Not saved"); without one, a red line of text. */
  errorTitle?: string;
  errorRef?: Ref<HTMLDivElement>;
  /** Ctrl+Z in the fields is the field's own undo, not the tender's. */
  nativeUndo?: boolean;
  noValidate?: boolean;
  gap?: MantineSpacing;
  children: ReactNode;
}

/** The body of a dialog's form: the fields, a form-wide error, then Cancel and the submit button. */
export function ModalForm({
  onSubmit,
  onCancel,
  submitLabel,
  busy = false,
  submitDisabled = false,
  error,
  errorTitle,
  errorRef,
  nativeUndo = false,
  noValidate = true,
  gap = 'md',
  children,
}: ModalFormProps) {
  const { t } = useTranslation('common');
  return (
    <form
      noValidate={noValidate}
      data-native-undo={nativeUndo || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap={gap}>
        {children}
        <FormError error={error} title={errorTitle} errorRef={errorRef} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FormError({ error, title, errorRef }: { error?: string | null; title?: string; errorRef?: Ref<HTMLDivElement> }) {
  if (!error) return null;
  if (!title) {
    return (
      <Text ref={errorRef} c="red" size="sm" role="alert">
        {error}
      </Text>
    );
  }
  return (
    <Alert ref={errorRef} color="red" variant="light" title={title} role="alert">
      <Text size="sm">{error}</Text>
    </Alert>
  );
}

export interface FormModalProps extends Omit<ModalFormProps, 'onCancel'> {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: MantineSize | number | string;
}

/** A dialog that is one form: title, fields, a form-wide error, Cancel and a submit button; Enter submits. */
export function FormModal({ opened, onClose, title, size, ...form }: FormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <ModalForm {...form} onCancel={onClose} />
    </Modal>
  );
}
