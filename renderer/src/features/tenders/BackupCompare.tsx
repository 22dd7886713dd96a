import { useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contentOf, type Tender, type TenderContent } from '@shared/model/tender';
import { compareVersions, type ComparedPart } from '@shared/rules/versionDiff';
import { copyableItems, copyItem, type CopyableItem } from '@shared/rules/copyFromVersion';
import { VersionDifferences } from '../../components/VersionDifferences';
import { useActions } from '../../store';
import { fullDate } from '../../lib/format';

interface BackupCompareProps {
  /** The earlier version, as kept in the backups. */
  version: Tender;
  /** What the tender holds now (on screen). */
  current: TenderContent;
  versionLabel: string;
  onClose: () => void;
  /** Makes the whole earlier version the current one. */
  onRestoreAll: () => void;
  restoring: boolean;
}

/** The part of the comparison an item belongs to, so its Copy button sits under that part. */
function partKeyOf(item: CopyableItem): string {
  return item.kind === 'lot' ? `lot:${item.id}` : item.kind === 'clause' ? 'clauses' : 'qa';
}

/**
 * An earlier version beside the current one, field by field; the whole of it can be restored, or one
 * lot, clause or question copied into the current version (one step that Undo takes back).
 */
export function BackupCompare({ version, current, versionLabel, onClose, onRestoreAll, restoring }: BackupCompareProps) {
  const { t } = useTranslation('tenders');
  const { changeContent } = useActions();
  const [error, setError] = useState<string | null>(null);
  const old = useMemo(() => contentOf(version), [version]);
  const parts = useMemo(() => compareVersions(old, current), [old, current]);
  const items = useMemo(() => copyableItems(old, current), [old, current]);

  const copy = (item: CopyableItem) => {
    const result = copyItem(current, old, item.kind, item.id);
    if (!result.ok) return setError(result.message);
    setError(null);
    // From the content as it is when the change applies, so an edit in between is not undone.
    changeContent(null, (latest) => {
      const again = copyItem(latest, old, item.kind, item.id);
      return again.ok ? again.value : latest;
    });
    notifications.show({
      color: 'teal',
      title: t('compare.copied'),
      message: t('compare.copiedMessage', { item: item.label, version: versionLabel }),
    });
  };

  const copyButton = (item: CopyableItem) => (
    <Button
      key={`${item.kind}:${item.id}`}
      size="compact-sm"
      variant="default"
      leftSection={<IconCopy size={14} aria-hidden />}
      onClick={() => copy(item)}
    >
      {item.status === 'missing' ? t('compare.bringBack', { item: item.label }) : t('compare.copy', { item: item.label })}
    </Button>
  );

  const itemsOf = (part: ComparedPart) => items.filter((item) => partKeyOf(item) === part.key);

  return (
    <Modal opened onClose={onClose} title={t('compare.title', { version: versionLabel })} size="xl" data-testid="backup-compare">
      <Stack gap="lg">
        <Text size="sm">{t('compare.intro', { saved: fullDate(version.updatedAt) })}</Text>
        {error ? (
          <Alert color="red" p="xs" role="alert">
            <Text size="sm">{error}</Text>
          </Alert>
        ) : null}
        <VersionDifferences
          parts={parts}
          leftLabel={versionLabel}
          rightLabel={t('compare.current')}
          showChangedBy={false}
          partActions={(part) => {
            const lot = part.key.startsWith('lot:') ? itemsOf(part)[0] : undefined;
            return lot ? copyButton(lot) : null;
          }}
          partFooter={(part) => {
            if (part.key !== 'clauses' && part.key !== 'qa') return null;
            const inside = itemsOf(part);
            return inside.length ? (
              <Group gap="xs" mt="xs">
                {inside.map(copyButton)}
              </Group>
            ) : null;
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('compare.done')}
          </Button>
          {parts.length > 0 ? (
            <Button loading={restoring} onClick={onRestoreAll}>
              {t('compare.restoreAll')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
