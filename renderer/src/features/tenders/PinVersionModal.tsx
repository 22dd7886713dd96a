import { Modal, Text } from '@mantine/core';
import { contract, type BackupEntry } from '@shared/api/contract';
import { PIN_NAME_MAX } from '@shared/api/methods/workspace';
import { NameForm } from '../../components/NameForm';

/** Asks for the name a version is kept under ("Sent to legal"); `onPin` saves it. */
export function PinVersionModal({
  entry,
  onPin,
  onClose,
}: {
  entry: BackupEntry | null;
  onPin: (entry: BackupEntry, name: string) => Promise<void>;
  onClose: () => void;
}) {
  return (
    <Modal opened={entry !== null} onClose={onClose} title="Pin this version">
      {entry ? (
        <NameForm
          key={entry.id}
          label="Name"
          description="For example “Sent to legal” or “Approved by the board”."
          intro={<Text size="sm">A pinned version is kept until you unpin it, however old it gets. Revision {entry.revision}.</Text>}
          initial={entry.pin?.name ?? ''}
          maxLength={PIN_NAME_MAX}
          submitLabel="Pin"
          check={(name) => {
            const parsed = contract['backups.pin'].input.safeParse({ tenderId: entry.tenderId, backupId: entry.id, name });
            if (parsed.success) return { value: parsed.data.name };
            return {
              error:
                parsed.error.issues.find((issue) => issue.path[0] === 'name')?.message ??
                parsed.error.issues[0]?.message ??
                'The name is not valid',
            };
          }}
          onSubmit={(name) => onPin(entry, name)}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
}
