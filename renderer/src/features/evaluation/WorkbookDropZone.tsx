import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paper, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import './evaluation.css';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Returned evaluator workbooks dropped anywhere on the window, handed over as the file picker does
 * (the page reads each file's bytes itself, so no file path is needed). While files are dragged over
 * the window it shows where they go; the browser (or Electron) is kept from opening the file instead.
 */
export function WorkbookDropZone({ lotTitle, lead, onFiles }: { lotTitle: string; lead: string; onFiles: (files: File[]) => void }) {
  const { t } = useTranslation('evaluation');
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    // Leaving the window (no element to go to) or cancelling the drag hides the zone.
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      // Without a lead's name there is no one to record the import under: the zone said so while dragging.
      if (files.length && lead) onFiles(files);
    };
    const end = () => setDragging(false);
    window.addEventListener('dragenter', over);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    window.addEventListener('dragend', end);
    return () => {
      window.removeEventListener('dragenter', over);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      window.removeEventListener('dragend', end);
    };
  }, [onFiles, lead]);

  if (!dragging) return null;
  return (
    <div className="tw-workbook-drop" data-testid="workbook-drop-zone">
      <Paper withBorder shadow="md" p="xl" radius="md" className="tw-workbook-drop-card">
        <IconFileSpreadsheet size={40} aria-hidden />
        {lead ? (
          <>
            <Text fw={600} mt="sm">
              {t('drop.title', { lot: lotTitle })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('drop.help')}
            </Text>
          </>
        ) : (
          <Text fw={600} mt="sm">
            {t('drop.leadFirst')}
          </Text>
        )}
      </Paper>
    </div>
  );
}
