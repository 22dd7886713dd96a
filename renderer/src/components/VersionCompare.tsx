import { useMemo, useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('common');
  const parts = useMemo(() => compareVersions(theirs, mine, base ?? undefined), [theirs, mine, base]);
  const [choices, setChoices] = useState<Record<string, Side>>(() => defaultChoices(parts));
  const choiceOf = (key: string) => choices[key] ?? defaultChoices(parts)[key] ?? 'mine';
  return (
    <Modal opened={opened} onClose={onClose} title={t('compare.title')} size="xl" data-testid="version-compare">
      <Stack gap="lg">
        {parts.length > 0 ? <Text size="sm">{t('compare.explanation')}</Text> : null}
        <VersionDifferences
          parts={parts}
          leftLabel={theirLabel}
          rightLabel={t('compare.yours')}
          partActions={(part) => (
            <SegmentedControl
              size="xs"
              aria-label={t('compare.keepWhich', { part: part.label })}
              value={choiceOf(part.key)}
              onChange={(value) => setChoices({ ...choices, [part.key]: value as Side })}
              data={[
                { value: 'theirs', label: t('compare.theirs') },
                { value: 'mine', label: t('compare.mine') },
              ]}
            />
          )}
        />
        {parts.length > 0 ? (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('compare.later')}
            </Button>
            <Button loading={busy} onClick={() => onCombine(Object.fromEntries(parts.map((p) => [p.key, choiceOf(p.key)])))}>
              {t('compare.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Modal>
  );
}
