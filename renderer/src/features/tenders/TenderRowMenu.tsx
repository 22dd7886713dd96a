import { useState } from 'react';
import { ActionIcon, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { IconArchive, IconArchiveOff, IconCopy, IconDots, IconFileDescription, IconPencil, IconTrash } from '@tabler/icons-react';
import type { TenderSummary } from '@shared/model/tender';
import { statusOf } from '@shared/model/tenderStatus';
import { useActions } from '../../store';
import { messageOf } from '../../lib/errors';
import { confirmDeleteTender } from './deleteTender';

interface RowMenuProps {
  tender: TenderSummary;
  title: string;
  onRename: (t: TenderSummary) => void;
}

/**
 * A row's actions button. The menu itself is built only once the button is first used: a menu per
 * row costs more to mount than the rest of the row, and rows mount on every keystroke of a search.
 */
export function TenderRowMenu(props: RowMenuProps) {
  const { t } = useTranslation('tenders');
  const [used, setUsed] = useState(false);
  if (used) return <RowMenu {...props} />;
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={t('rowMenu.actionsFor', { title: props.title })}
      aria-haspopup="menu"
      aria-expanded={false}
      onClick={() => setUsed(true)}
    >
      <IconDots size={18} aria-hidden />
    </ActionIcon>
  );
}

/** Open, rename, duplicate, archive or unarchive, delete; opened as it mounts (the click that built it). */
function RowMenu({ tender, title, onRename }: RowMenuProps) {
  const { t } = useTranslation('tenders');
  const { duplicateTender, navigate, archiveTender } = useActions();
  const archived = statusOf(tender) === 'archived';

  const duplicate = async () => {
    try {
      const copy = await duplicateTender(tender.id);
      notifications.show({ color: 'teal', title: t('rowMenu.duplicated'), message: t('rowMenu.duplicatedMessage', { title: copy.title }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('rowMenu.duplicateFailed'), message: messageOf(error) });
    }
  };

  const archive = async () => {
    try {
      await archiveTender(tender.id, !archived);
      notifications.show({
        color: 'teal',
        title: archived ? t('rowMenu.unarchived') : t('rowMenu.archived'),
        message: archived ? t('rowMenu.unarchivedMessage', { title }) : t('rowMenu.archivedMessage', { title }),
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: archived ? t('rowMenu.unarchiveFailed') : t('rowMenu.archiveFailed'),
        message: messageOf(error),
      });
    }
  };

  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('rowMenu.actionsFor', { title })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFileDescription size={16} aria-hidden />} onClick={() => navigate('details', tender.id)}>
          {t('rowMenu.open')}
        </Menu.Item>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onRename(tender)}>
          {t('rowMenu.rename')}
        </Menu.Item>
        <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void duplicate()}>
          {t('rowMenu.duplicate')}
        </Menu.Item>
        <Menu.Item
          leftSection={archived ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />}
          onClick={() => void archive()}
        >
          {archived ? t('rowMenu.unarchive') : t('rowMenu.archive')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item className="tw-menu-danger" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => confirmDeleteTender(tender)}>
          {t('rowMenu.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
