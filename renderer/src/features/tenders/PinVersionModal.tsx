import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { contract, type BackupEntry } from '@shared/api/contract';
import { PIN_NAME_MAX } from '@shared/api/methods/workspace';
import { messageOf } from '../../lib/errors';

/** Asks for the name a version is kept under ("Sent to legal"); `onPin` saves it. */
export function PinVersionModal({ entry, onPin, onClose }: { entry: BackupEntry | null; onPin: (entry: BackupEntry, name: string) => Promise<void>; onClose: () => void }) {
  return (
    <Modal opened={entry !== null} onClose={onClose} title="Pin this version">
      {entry ? <PinForm key={entry.id} entry={entry} onPin={onPin} onDone={onClose} /> : null}
    </Modal>
  );
}

function PinForm({ entry, onPin, onDone }: { entry: BackupEntry; onPin: (entry: BackupEntry, name: string) => Promise<void>; onDone: () => void }) {
  const [name, setName] = useState(entry.pin?.name ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = contract['backups.pin'].input.safeParse({ tenderId: entry.tenderId, backupId: entry.id, name });
    if (!parsed.success) {
      setError(parsed.error.issues.find((issue) => issue.path[0] === 'name')?.message ?? parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      await onPin(entry, parsed.data.name);
      onDone();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-native-undo>
      <Stack>
        <Text size="sm">A pinned version is kept until you unpin it, however old it gets. Revision {entry.revision}.</Text>
        <TextInput
          label="Name"
          description="For example “Sent to legal” or “Approved by the board”."
          required
          data-autofocus
          maxLength={PIN_NAME_MAX}
          value={name}
          error={error}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(undefined);
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Pin
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
