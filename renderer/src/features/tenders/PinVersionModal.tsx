import { Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('tenders');
  return (
    <Modal opened={entry !== null} onClose={onClose} title={t('pin.title')}>
      {entry ? (
        <NameForm
          key={entry.id}
          label={t('pin.name')}
          description={t('pin.nameHelp')}
          intro={<Text size="sm">{t('pin.intro', { revision: entry.revision })}</Text>}
          initial={entry.pin?.name ?? ''}
          maxLength={PIN_NAME_MAX}
          submitLabel={t('pin.submit')}
          check={(name) => {
            const parsed = contract['backups.pin'].input.safeParse({ tenderId: entry.tenderId, backupId: entry.id, name });
            if (parsed.success) return { value: parsed.data.name };
            return {
              error:
                parsed.error.issues.find((issue) => issue.path[0] === 'name')?.message ??
                parsed.error.issues[0]?.message ??
                t('pin.invalid'),
            };
          }}
          onSubmit={(name) => onPin(entry, name)}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
}
