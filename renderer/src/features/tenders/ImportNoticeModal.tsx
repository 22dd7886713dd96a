import { useRef, useState } from 'react';
import { Alert, Button, FileButton, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import type { NoticeImportOutcome, UnmappedItem } from '@shared/api/methods/noticeImport';
import { noticeSizeProblem } from '@shared/notices/noticeKind';
import { call } from '../../api';
import { messageOf } from '../../lib/errors';
import { fileToBase64 } from '../../lib/files';
import { useActions } from '../../store';

const XML_TYPES = '.xml,application/xml,text/xml';

function where(item: UnmappedItem): string {
  const lot = item.lotTitle ?? item.noticeLotId;
  if (!lot) return t('tenders:importNotice.wholeTender');
  return item.noticeLotId && item.lotTitle ? `${item.lotTitle} (${item.noticeLotId})` : lot;
}

function UnmappedList({ outcome, onFix }: { outcome: NoticeImportOutcome; onFix: (lotId?: string) => void }) {
  const { t } = useTranslation('tenders');
  if (outcome.unmapped.length === 0) {
    return <Text>{t('importNotice.allCarried')}</Text>;
  }
  return (
    <Stack gap="xs">
      <Text fw={600} id="notice-unmapped-heading">
        {t('importNotice.toCheck', { count: outcome.unmapped.length })}
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
                  aria-label={
                    item.criterionName
                      ? t('importNotice.fixCriterionLabel', { where: where(item), criterion: item.criterionName })
                      : t('importNotice.fixLabel', { where: where(item) })
                  }
                >
                  {t('importNotice.fix')}
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
  const { t } = useTranslation('tenders');
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
      setError(t('importNotice.failed', { file: file.name, reason: messageOf(failure) }));
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
    <Modal opened={opened} onClose={close} title={t('importNotice.title')} size="lg">
      {tender && outcome ? (
        <Stack>
          <Alert color="teal" title={t('importNotice.created')} role="status">
            {t('importNotice.createdMessage', {
              title: tender.title,
              lots: t('importNotice.lots', { count: tender.lots.length }),
              criteria: t('importNotice.criteria', { count: criteria }),
            })}
          </Alert>
          <UnmappedList outcome={outcome} onFix={(lotId) => open('criteria', lotId)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('importNotice.close')}
            </Button>
            <Button onClick={() => open(outcome.unmapped.length ? 'criteria' : 'details')}>
              {outcome.unmapped.length ? t('importNotice.openCriteria') : t('importNotice.openTender')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text>{t('importNotice.intro')}</Text>
          {error ? (
            <Alert color="red" title={t('importNotice.failedTitle')} role="alert">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('importNotice.cancel')}
            </Button>
            <FileButton
              resetRef={resetFile}
              onChange={(file) => void choose(file)}
              accept={XML_TYPES}
              inputProps={{ 'aria-label': t('importNotice.fileLabel') }}
            >
              {(props) => (
                <Button {...props} loading={busy} leftSection={<IconFileImport size={16} aria-hidden />}>
                  {t('importNotice.choose')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
