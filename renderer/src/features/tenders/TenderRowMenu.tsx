import { useState } from 'react';
import { ActionIcon, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
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
  const [used, setUsed] = useState(false);
  if (used) return <RowMenu {...props} />;
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={`Actions for ${props.title}`}
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
  const { duplicateTender, navigate, archiveTender } = useActions();
  const archived = statusOf(tender) === 'archived';

  const duplicate = async () => {
    try {
      const copy = await duplicateTender(tender.id);
      notifications.show({ color: 'teal', title: 'Tender duplicated', message: `Created “${copy.title}”.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not duplicate the tender', message: messageOf(error) });
    }
  };

  const archive = async () => {
    try {
      await archiveTender(tender.id, !archived);
      notifications.show({
        color: 'teal',
        title: archived ? 'Tender unarchived' : 'Tender archived',
        message: archived
          ? `“${title}” is back in the list.`
          : `“${title}” is hidden from the list; choose “All, with archived” under Status to see it.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: archived ? 'Could not unarchive the tender' : 'Could not archive the tender',
        message: messageOf(error),
      });
    }
  };

  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${title}`}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFileDescription size={16} aria-hidden />} onClick={() => navigate('details', tender.id)}>
          Open
        </Menu.Item>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onRename(tender)}>
          Rename…
        </Menu.Item>
        <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void duplicate()}>
          Duplicate
        </Menu.Item>
        <Menu.Item
          leftSection={archived ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />}
          onClick={() => void archive()}
        >
          {archived ? 'Unarchive' : 'Archive'}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item className="tw-menu-danger" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => confirmDeleteTender(tender)}>
          Delete…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
