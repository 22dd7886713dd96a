import { useMemo, useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import type { TenderContent } from '@shared/model/tender';
import { compareVersions, defaultChoices, type Side } from '@shared/rules/versionDiff';
import { VersionDifferences } from './VersionDifferences';

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

/** The conflict screen's comparison: their version beside mine, with a choice per part. */
export function VersionCompare({ opened, onClose, theirs, mine, base, theirLabel, busy, onCombine }: VersionCompareProps) {
  const parts = useMemo(() => compareVersions(theirs, mine, base ?? undefined), [theirs, mine, base]);
  const [choices, setChoices] = useState<Record<string, Side>>(() => defaultChoices(parts));
  const choiceOf = (key: string) => choices[key] ?? defaultChoices(parts)[key] ?? 'mine';
  return (
    <Modal opened={opened} onClose={onClose} title="Their version and yours" size="xl" data-testid="version-compare">
      <Stack gap="lg">
        {parts.length > 0 ? (
          <Text size="sm">
            Each part that differs is listed with what changed. Choose whose version of each part to keep; parts only one of you changed are
            set to that side’s version.
          </Text>
        ) : null}
        <VersionDifferences
          parts={parts}
          leftLabel={theirLabel}
          rightLabel="Yours"
          partActions={(part) => (
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
          )}
        />
        {parts.length > 0 ? (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Choose later
            </Button>
            <Button loading={busy} onClick={() => onCombine(Object.fromEntries(parts.map((p) => [p.key, choiceOf(p.key)])))}>
              Save these choices
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Modal>
  );
}
