import { Button, Text, Title } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContractDisclosures, DisclosureVersion } from '@shared/model/disclosures';
import { MatrixTable } from '../../components/MatrixTable';
import { countryName } from '../../lib/countries';
import { dateAndTime, longDate } from '../../lib/format';

/** Shown at once; a longer list is in the CSV. */
const SITES_SHOWN = 200;

export function DisclosureVersions({
  contract,
  onExportCsv,
  busy,
}: {
  contract: ContractDisclosures;
  onExportCsv: (version: DisclosureVersion) => void;
  busy: boolean;
}) {
  const { t } = useTranslation('suppliers');
  const versions = [...contract.versions].reverse();
  const latest = versions[0];
  if (!latest) {
    return (
      <Text size="sm" c="dimmed">
        {t('versions.none')}
      </Text>
    );
  }
  const shown = latest.sites.slice(0, SITES_SHOWN);
  return (
    <>
      <Title order={4} size="h6" id="disclosure-versions-heading" mt="md" mb="xs">
        {t('versions.heading')}
      </Title>
      <MatrixTable
        bordered
        testId="disclosure-versions"
        aria-labelledby="disclosure-versions-heading"
        columns={[
          { key: 'received', label: t('versions.receivedOn') },
          { key: 'by', label: t('versions.importedBy') },
          { key: 'file', label: t('versions.file') },
          { key: 'sites', label: t('versions.sites') },
          { key: 'csv', label: t('versions.export'), hiddenLabel: true },
        ]}
        rows={versions}
        rowKey={(v) => v.id}
        rowHeader={(v) => <span title={dateAndTime(v.importedAt)}>{longDate(v.receivedOn)}</span>}
        cells={(v) => [
          v.importedBy,
          v.fileName,
          t('versions.siteCounts', {
            count: v.sites.length,
            tier1: v.sites.filter((s) => s.tier === 1).length,
            tier2: v.sites.filter((s) => s.tier === 2).length,
          }),
          <Button
            key="csv"
            size="compact-sm"
            variant="default"
            leftSection={<IconFileTypeCsv size={14} aria-hidden />}
            disabled={busy}
            onClick={() => onExportCsv(v)}
            aria-label={t('versions.csvLabel', { date: longDate(v.receivedOn) })}
          >
            CSV
          </Button>,
        ]}
      />
      <Title order={4} size="h6" id="disclosure-sites-heading" mt="md" mb="xs">
        {t('versions.sitesHeading')}
      </Title>
      <MatrixTable
        bordered
        scroll
        testId="disclosure-sites"
        aria-labelledby="disclosure-sites-heading"
        columns={[
          { key: 'name', label: t('versions.legalName') },
          { key: 'tier', label: t('versions.tier') },
          { key: 'address', label: t('versions.address') },
          { key: 'country', label: t('versions.country') },
          { key: 'products', label: t('versions.products') },
          { key: 'sector', label: t('versions.sector') },
          { key: 'date', label: t('versions.date'), cellClassName: 'tw-nowrap' },
        ]}
        rows={shown}
        rowKey={(_, i) => String(i)}
        rowHeader={(s) => s.legalName}
        cells={(s) => [String(s.tier), s.address, `${countryName(s.country)} (${s.country})`, s.products, s.sector ?? '', longDate(s.date)]}
      />
      {latest.sites.length > shown.length ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('versions.firstOf', { shown: SITES_SHOWN, count: latest.sites.length })}
        </Text>
      ) : null}
    </>
  );
}
