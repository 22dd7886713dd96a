import { useRef, useState } from 'react';
import { Alert, Button, FileButton, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { NoticeImportOutcome, UnmappedItem } from '@shared/api/methods/noticeImport';
import { noticeSizeProblem } from '@shared/notices/noticeKind';
import { call } from '../../api';
import { messageOf } from '../../lib/errors';
import { fileToBase64 } from '../../lib/files';
import { useActions } from '../../store';

const XML_TYPES = '.xml,application/xml,text/xml';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function where(item: UnmappedItem): string {
  const lot = item.lotTitle ?? item.noticeLotId;
  if (!lot) return 'The tender';
  return item.noticeLotId && item.lotTitle ? `${item.lotTitle} (${item.noticeLotId})` : lot;
}

function UnmappedList({ outcome, onFix }: { outcome: NoticeImportOutcome; onFix: (lotId?: string) => void }) {
  if (outcome.unmapped.length === 0) {
    return <Text>Every lot and award criterion in the notice was carried over as written.</Text>;
  }
  return (
    <Stack gap="xs">
      <Text fw={600} id="notice-unmapped-heading">
        {plural(outcome.unmapped.length, 'thing')} to check: the notice gives {outcome.unmapped.length === 1 ? 'it' : 'them'} in a way
        Tenderwright could not carry over as written, so nothing was guessed.
      </Text>
      <List aria-labelledby="notice-unmapped-heading" spacing="xs">
        {outcome.unmapped.map((item, index) => (
          <List.Item key={index}>
            <Text size="sm">
              <strong>{where(item)}</strong>: {item.message}{' '}
              {item.lotId ? (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => onFix(item.lotId)}
                  aria-label={`Fix in Criteria: ${where(item)}${item.criterionName ? `, ${item.criterionName}` : ''}`}
                >
                  Fix in Criteria
                </Button>
              ) : null}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** "New tender from eForms notice": choose a contract notice's XML, see what was carried over and what to fix. */
export function ImportNoticeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { loadTenders, navigate } = useActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<NoticeImportOutcome | null>(null);
  const resetFile = useRef<() => void>(null);

  const close = () => {
    setError(null);
    setOutcome(null);
    onClose();
  };

  async function choose(file: File | null) {
    resetFile.current?.();
    if (!file) return;
    setError(null);
    const tooLarge = noticeSizeProblem(file.size);
    if (tooLarge) {
      setError(tooLarge);
      return;
    }
    setBusy(true);
    try {
      const result = await call('notices.importTender', { fileName: file.name, base64: await fileToBase64(file) });
      setOutcome(result);
      void loadTenders();
    } catch (failure) {
      setError(`“${file.name}” was not imported, and no tender was created. ${messageOf(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  const open = (screen: 'details' | 'criteria', lotId?: string) => {
    if (!outcome) return;
    const id = outcome.tender.id;
    close();
    navigate(screen, id, lotId);
  };

  const tender = outcome?.tender;
  const criteria = tender ? tender.lots.reduce((n, lot) => n + lot.criteria.length, 0) : 0;

  return (
    <Modal opened={opened} onClose={close} title="New tender from eForms notice" size="lg">
      {tender && outcome ? (
        <Stack>
          <Alert color="teal" title="Tender created" role="status">
            “{tender.title}” was created with {plural(tender.lots.length, 'lot')} and{' '}
            {plural(criteria, 'award criterion', 'award criteria')} from the notice.
          </Alert>
          <UnmappedList outcome={outcome} onFix={(lotId) => open('criteria', lotId)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Close
            </Button>
            <Button onClick={() => open(outcome.unmapped.length ? 'criteria' : 'details')}>
              {outcome.unmapped.length ? 'Open its criteria' : 'Open the tender'}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text>
            Choose a contract notice saved as eForms XML (for example from TED or your e-notification tool). Tenderwright reads its title,
            buyer, lots and award criteria with their weights into a new tender; anything it cannot carry over as written is listed for you
            to fix.
          </Text>
          {error ? (
            <Alert color="red" title="The notice could not be imported" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <FileButton
              resetRef={resetFile}
              onChange={(file) => void choose(file)}
              accept={XML_TYPES}
              inputProps={{ 'aria-label': 'eForms contract notice file' }}
            >
              {(props) => (
                <Button {...props} loading={busy} leftSection={<IconFileImport size={16} aria-hidden />}>
                  Choose notice file…
                </Button>
              )}
            </FileButton>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
