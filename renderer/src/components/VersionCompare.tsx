import { useMemo, useState } from 'react';
import { Badge, Button, Group, Modal, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import type { TenderContent } from '@shared/model/tender';
import { compareVersions, defaultChoices, type ComparedPart, type Side } from '@shared/rules/versionDiff';

const CHANGED_BY: Record<ComparedPart['changedBy'], string> = {
  theirs: 'changed by them',
  mine: 'changed by you',
  both: 'changed by both',
  unknown: 'differs',
};

interface VersionCompareProps {
  opened: boolean;
  onClose: () => void;
  theirs: TenderContent;
  mine: TenderContent;
  base: TenderContent | null;
  theirLabel: string;
  busy: boolean;
  /** Saves their version with the parts chosen as mine taken from mine. */
  onCombine: (choices: Record<string, Side>) => void;
}

/** Field by field, their version beside mine, part by part (details, each lot, clauses, questionnaire), with a choice per part. */
export function VersionCompare({ opened, onClose, theirs, mine, base, theirLabel, busy, onCombine }: VersionCompareProps) {
  const parts = useMemo(() => compareVersions(theirs, mine, base ?? undefined), [theirs, mine, base]);
  const [choices, setChoices] = useState<Record<string, Side>>(() => defaultChoices(parts));
  const choiceOf = (key: string) => choices[key] ?? defaultChoices(parts)[key] ?? 'mine';
  return (
    <Modal opened={opened} onClose={onClose} title="Their version and yours" size="xl" data-testid="version-compare">
      {parts.length === 0 ? (
        <Text size="sm">The two versions have the same content.</Text>
      ) : (
        <Stack gap="lg">
          <Text size="sm">
            Each part that differs is listed with what changed. Choose whose version of each part to keep; parts only one of you
            changed are set to that side’s version.
          </Text>
          {parts.map((part) => (
            <section key={part.key} aria-labelledby={`compare-${part.key}`} data-testid="compare-part">
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Group gap="xs">
                  <Title order={3} size="h5" id={`compare-${part.key}`}>
                    {part.label}
                  </Title>
                  <Badge variant="light" color={part.changedBy === 'both' ? 'orange' : 'gray'}>
                    {CHANGED_BY[part.changedBy]}
                  </Badge>
                </Group>
                <SegmentedControl
                  size="xs"
                  aria-label={`Keep which version of ${part.label}`}
                  value={choiceOf(part.key)}
                  onChange={(value) => setChoices({ ...choices, [part.key]: value as Side })}
                  data={[
                    { value: 'theirs', label: 'Theirs' },
                    { value: 'mine', label: 'Mine' },
                  ]}
                />
              </Group>
              <Table withTableBorder striped layout="fixed" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="30%">What</Table.Th>
                    <Table.Th>{theirLabel}</Table.Th>
                    <Table.Th>Yours</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {part.changes.map((change, index) => (
                    <Table.Tr key={index}>
                      <Table.Td>{change.where}</Table.Td>
                      <Table.Td className="tw-compare-value">{change.theirs}</Table.Td>
                      <Table.Td className="tw-compare-value">{change.mine}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </section>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Choose later
            </Button>
            <Button loading={busy} onClick={() => onCombine(Object.fromEntries(parts.map((p) => [p.key, choiceOf(p.key)])))}>
              Save these choices
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
