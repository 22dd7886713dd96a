import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileText, IconMailExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContractDisclosures } from '@shared/model/disclosures';
import { engagementDocumentsSummary, engagementReportContent, type EngagementTender } from '@shared/rules/engagementDocuments';
import { call } from '../../api';
import { SectionPanel } from '../../components/SectionPanel';
import { messageOf } from '../../lib/errors';
import { saveExportedFile } from '../../lib/files';
import { todayIso } from '../../lib/format';
import { useAppStore } from '../../store';
import { useDisclosureRevision } from '../../store/disclosureChanges';
import { useSaveBeforeExport } from '../../store/saveBeforeExport';
import type { ContractTarget } from './DisclosureSection';

type Kind = 'report' | 'letter';

interface Sources {
  saved: EngagementTender | null;
  disclosures: ContractDisclosures | undefined;
}

/** The saved tender and the disclosures received (none while they cannot be read). */
async function readSources(tenderId: string, supplierId: string): Promise<Sources> {
  const [tender, received] = await Promise.all([
    call('tenders.get', { id: tenderId }).catch(() => null),
    call('disclosures.get', { tenderId }).catch(() => null),
  ]);
  return { saved: tender, disclosures: received?.contracts.find((c) => c.supplierId === supplierId) };
}

/** The tender (the open one, as edited, or the saved one) and the disclosures received, for the counts shown. */
function useEngagementSources(tenderId: string, supplierId: string) {
  const open = useAppStore((s) => (s.openTenderId === tenderId ? s.content : null));
  const [sources, setSources] = useState<Sources>({ saved: null, disclosures: undefined });
  const [generation, setGeneration] = useState(0);
  const imported = useDisclosureRevision(tenderId);
  useEffect(() => {
    // The counts are a guide: the documents themselves are made from what is on disk when asked.
    let live = true;
    void readSources(tenderId, supplierId).then((read) => live && setSources(read));
    return () => {
      live = false;
    };
  }, [tenderId, supplierId, generation, imported]);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const tender: EngagementTender | null = open ? { ...open, id: tenderId } : sources.saved;
  return { tender, disclosures: sources.disclosures, refresh };
}

/** The review-meeting report and the letter of concern for one supplier of one tender. */
export function EngagementDocuments({ tenderId, supplierId, supplierName }: ContractTarget) {
  const { t } = useTranslation('suppliers');
  const saveFirst = useSaveBeforeExport('the document');
  const isOpen = useAppStore((s) => s.openTenderId === tenderId);
  const { tender, disclosures, refresh } = useEngagementSources(tenderId, supplierId);
  const [busy, setBusy] = useState<Kind | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const today = todayIso();
  const content = tender ? engagementReportContent({ tender, supplierId, supplierName, disclosures, today }) : null;
  const summary = content ? engagementDocumentsSummary(content) : null;
  const headingId = `engagement-documents-${supplierId}`;

  async function produce(kind: Kind) {
    setBusy(kind);
    setMessage(null);
    try {
      if (isOpen) {
        const problem = await saveFirst();
        if (problem) {
          setMessage({ color: 'red', text: problem });
          return;
        }
      }
      const input = { tenderId, supplierId, exportDate: today };
      const file = await call(kind === 'report' ? 'engagement.exportReport' : 'engagement.exportLetter', input);
      const outcome = await saveExportedFile(file);
      const text =
        outcome.status === 'saved'
          ? t('files.saved', { name: file.fileName })
          : outcome.status === 'download'
            ? t('files.downloaded', { name: file.fileName })
            : t('files.nothing');
      setMessage({ color: outcome.status === 'cancelled' ? 'gray' : 'teal', text });
    } catch (error) {
      setMessage({ color: 'red', text: messageOf(error) });
    } finally {
      setBusy(null);
      refresh();
    }
  }

  return (
    <SectionPanel
      headingId={headingId}
      order={4}
      size="h6"
      title={t('documents.title')}
      description={t('documents.description')}
      testId="engagement-documents"
    >
      <Stack gap="md">
        <Group wrap="nowrap" align="flex-start" gap="md">
          <Button
            leftSection={<IconFileText size={16} aria-hidden />}
            variant="light"
            loading={busy === 'report'}
            disabled={busy !== null || !content}
            onClick={() => void produce('report')}
          >
            {t('documents.report')}
          </Button>
          <Text size="sm" c="dimmed" data-testid="engagement-report-summary">
            {t('documents.reportHint')} {summary ? summary.report : ''}
          </Text>
        </Group>
        <Group wrap="nowrap" align="flex-start" gap="md">
          <Button
            leftSection={<IconMailExclamation size={16} aria-hidden />}
            variant="light"
            loading={busy === 'letter'}
            disabled={busy !== null || !summary || summary.concerns === 0}
            onClick={() => void produce('letter')}
          >
            {t('documents.letter')}
          </Button>
          <Text size="sm" c="dimmed" data-testid="engagement-letter-summary">
            {t('documents.letterHint')} {summary ? summary.letter : ''}
          </Text>
        </Group>
        {message && (
          <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        )}
      </Stack>
    </SectionPanel>
  );
}
