import { useRef, useState } from 'react';
import { Alert, Badge, Button, FileButton, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DisclosureImportOutcome } from '@shared/api/methods/engagement';
import type { DisclosureVersion } from '@shared/model/disclosures';
import { MAX_WORKBOOK_BYTES, workbookTooLargeMessage } from '@shared/model/evaluation';
import { disclosureObligations } from '@shared/rules/disclosureDue';
import { call } from '../../api';
import { SectionPanel } from '../../components/SectionPanel';
import { LoadGate } from '../../components/LoadStates';
import { messageOf } from '../../lib/errors';
import { fileToBase64, saveExportedFile } from '../../lib/files';
import { todayIso } from '../../lib/format';
import { useActions } from '../../store';
import { disclosuresChanged } from '../../store/disclosureChanges';
import { DisclosureObligations } from './DisclosureObligations';
import { DisclosureVersions } from './DisclosureVersions';
import { useDisclosures } from './useDisclosures';

export interface ContractTarget {
  tenderId: string;
  /** The tender's Q&A supplier (role "contracted"). */
  supplierId: string;
  supplierName: string;
}

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The factory disclosure register of one contract. */
export function DisclosureSection({ tenderId, supplierId, supplierName }: ContractTarget) {
  const { t } = useTranslation('suppliers');
  const { tender, contract, setContract, error, reload, isOpenTender } = useDisclosures(tenderId, supplierId);
  const { saveNow } = useActions();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [outcome, setOutcome] = useState<DisclosureImportOutcome | null>(null);
  const [by, setBy] = useState('');
  const resetFile = useRef<() => void>(null);

  const supplier = tender?.qa.suppliers.find((s) => s.id === supplierId);
  const obligations = tender && contract ? disclosureObligations(tender, supplierId, contract, todayIso()) : [];

  async function run(label: string, task: () => Promise<string | null>) {
    setBusy(label);
    setMessage(null);
    try {
      const text = await task();
      if (text) setMessage({ color: 'teal', text });
    } catch (e) {
      setMessage({ color: 'red', text: messageOf(e) });
    } finally {
      setBusy(null);
    }
  }

  const saved = async (file: { fileName: string; mimeType: string; base64: string }) => {
    const result = await saveExportedFile(file);
    return result.status === 'cancelled'
      ? null
      : result.status === 'saved'
        ? t('files.saved', { name: file.fileName })
        : t('files.downloaded', { name: file.fileName });
  };

  const exportWorkbook = () =>
    run('export', async () => {
      // The workbook is made from the saved tender: its due dates must be today's.
      if (isOpenTender) await saveNow();
      return saved(await call('disclosures.exportWorkbook', { tenderId, supplierId }));
    });

  const exportCsv = (version: DisclosureVersion) =>
    run(`csv-${version.id}`, async () => saved(await call('disclosures.exportCsv', { tenderId, supplierId, versionId: version.id })));

  const importFile = (file: File | null) => {
    resetFile.current?.();
    if (!file) return;
    setOutcome(null);
    if (file.size > MAX_WORKBOOK_BYTES) {
      setMessage({ color: 'red', text: workbookTooLargeMessage(file.size) });
      return;
    }
    void run('import', async () => {
      const result = await call('disclosures.import', {
        tenderId,
        supplierId,
        file: { fileName: file.name, base64: await fileToBase64(file) },
        by: by.trim(),
      });
      setOutcome(result);
      setContract(result.contract);
      if (result.status === 'imported') disclosuresChanged(tenderId);
      return null;
    });
  };

  const contracted = supplier?.role === 'contracted';
  return (
    <SectionPanel
      headingId={`disclosures-${supplierId}`}
      title={t('disclosures.title')}
      testId="disclosure-section"
      description={t('disclosures.description', { name: supplierName })}
    >
      <LoadGate
        ready={Boolean(tender && contract)}
        failed={Boolean(error)}
        loadingLabel={t('disclosures.loading')}
        failedTitle={t('disclosures.loadFailed')}
        error={error}
        onRetry={reload}
      >
        {() =>
          !contracted ? (
            <Text size="sm" c="dimmed">
              {t('disclosures.notContracted', { name: supplierName })}
            </Text>
          ) : (
            <Stack gap="sm">
              {!supplier?.awardedOn ? <Alert color="yellow">{t('disclosures.noAwardDate')}</Alert> : null}
              <DisclosureObligations obligations={obligations} />
              <Group align="flex-end" gap="sm">
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} aria-hidden />}
                  onClick={() => void exportWorkbook()}
                  loading={busy === 'export'}
                  disabled={busy !== null}
                >
                  {t('disclosures.exportWorkbook')}
                </Button>
                <TextInput
                  label={t('versions.importedBy')}
                  placeholder={t('disclosures.yourName')}
                  value={by}
                  onChange={(e) => setBy(e.currentTarget.value)}
                  maxLength={300}
                  w={200}
                />
                <FileButton
                  resetRef={resetFile}
                  onChange={importFile}
                  accept={XLSX_TYPES}
                  inputProps={{ 'aria-label': t('disclosures.returnedWorkbook') }}
                >
                  {(props) => (
                    <Button
                      {...props}
                      leftSection={<IconUpload size={16} aria-hidden />}
                      disabled={busy !== null || !by.trim()}
                      loading={busy === 'import'}
                    >
                      {t('disclosures.import')}
                    </Button>
                  )}
                </FileButton>
                {contract && contract.versions.length > 0 ? (
                  <Button
                    variant="default"
                    leftSection={<IconFileTypeCsv size={16} aria-hidden />}
                    onClick={() => void exportCsv(contract.versions[contract.versions.length - 1]!)}
                    disabled={busy !== null}
                  >
                    {t('disclosures.exportCsv')}
                  </Button>
                ) : null}
              </Group>
              {!by.trim() ? (
                <Text size="xs" c="dimmed">
                  {t('disclosures.nameNeeded')}
                </Text>
              ) : null}
              {message ? (
                <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>
                  {message.text}
                </Alert>
              ) : null}
              {outcome ? <ImportResult outcome={outcome} /> : null}
              {contract ? <DisclosureVersions contract={contract} onExportCsv={exportCsv} busy={busy !== null} /> : null}
            </Stack>
          )
        }
      </LoadGate>
    </SectionPanel>
  );
}

function ImportResult({ outcome }: { outcome: DisclosureImportOutcome }) {
  const { t } = useTranslation('suppliers');
  const imported = outcome.status === 'imported';
  return (
    <Alert color={imported ? 'teal' : 'red'} role={imported ? 'status' : 'alert'} data-testid="disclosure-import-result">
      <Group gap="xs" mb={4}>
        <Badge color={imported ? 'teal.9' : 'red.9'}>{imported ? t('disclosures.imported') : t('disclosures.notImported')}</Badge>
        <Text size="sm">{outcome.summary}</Text>
      </Group>
      {outcome.problems.length > 0 ? (
        <List size="sm" spacing={2}>
          {outcome.problems.map((p, i) => (
            <List.Item key={i}>{p.message}</List.Item>
          ))}
        </List>
      ) : null}
      {outcome.warnings.length > 0 ? (
        <List size="sm" spacing={2} mt={4}>
          {outcome.warnings.map((w, i) => (
            <List.Item key={i}>{w.message}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
