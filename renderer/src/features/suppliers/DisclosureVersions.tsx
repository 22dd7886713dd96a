import { Button, Text, Title } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import type { ContractDisclosures, DisclosureVersion } from '@shared/model/disclosures';
import { MatrixTable } from '../../components/MatrixTable';
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
  const versions = [...contract.versions].reverse();
  const latest = versions[0];
  if (!latest) {
    return (
      <Text size="sm" c="gray.7">
        No disclosure received yet. Export the disclosure workbook, send it to the supplier, and import the filled one they send back: each
        import is kept as a version.
      </Text>
    );
  }
  const shown = latest.sites.slice(0, SITES_SHOWN);
  return (
    <>
      <Title order={4} size="h6" id="disclosure-versions-heading" mt="md" mb="xs">
        Versions received
      </Title>
      <MatrixTable
        bordered
        testId="disclosure-versions"
        aria-labelledby="disclosure-versions-heading"
        columns={[
          { key: 'received', label: 'Received on' },
          { key: 'by', label: 'Imported by' },
          { key: 'file', label: 'File' },
          { key: 'sites', label: 'Sites' },
          { key: 'csv', label: 'Export', hiddenLabel: true },
        ]}
        rows={versions}
        rowKey={(v) => v.id}
        rowHeader={(v) => <span title={dateAndTime(v.importedAt)}>{longDate(v.receivedOn)}</span>}
        cells={(v) => [
          v.importedBy,
          v.fileName,
          `${v.sites.length} (${v.sites.filter((s) => s.tier === 1).length} tier 1, ${v.sites.filter((s) => s.tier === 2).length} tier 2)`,
          <Button
            key="csv"
            size="compact-sm"
            variant="default"
            leftSection={<IconFileTypeCsv size={14} aria-hidden />}
            disabled={busy}
            onClick={() => onExportCsv(v)}
            aria-label={`Export the sites received on ${longDate(v.receivedOn)} as CSV`}
          >
            CSV
          </Button>,
        ]}
      />
      <Title order={4} size="h6" id="disclosure-sites-heading" mt="md" mb="xs">
        Sites in the latest version
      </Title>
      <MatrixTable
        bordered
        scroll
        testId="disclosure-sites"
        aria-labelledby="disclosure-sites-heading"
        columns={[
          { key: 'name', label: 'Legal name' },
          { key: 'tier', label: 'Tier' },
          { key: 'address', label: 'Address' },
          { key: 'country', label: 'Country' },
          { key: 'products', label: 'Products or components' },
          { key: 'sector', label: 'Sector' },
          { key: 'date', label: 'Date', cellClassName: 'tw-nowrap' },
        ]}
        rows={shown}
        rowKey={(_, i) => String(i)}
        rowHeader={(s) => s.legalName}
        cells={(s) => [String(s.tier), s.address, s.country, s.products, s.sector ?? '', longDate(s.date)]}
      />
      {latest.sites.length > shown.length ? (
        <Text size="xs" c="gray.7" mt={4}>
          The first {SITES_SHOWN} of {latest.sites.length} sites; the CSV holds them all.
        </Text>
      ) : null}
    </>
  );
}
