import './criteria.css';
import { useState } from 'react';
import { Alert, Badge, Stack, Tabs, Text } from '@mantine/core';
import type { CriteriaSettings } from '@shared/model/criteria';
import { checkLot } from '@shared/rules/criteriaChecks';
import type { TenderContent } from '@shared/model/tender';
import { ScreenHeading } from '../../components/ScreenHeading';
import { TenderGate } from '../../components/TenderGate';
import { useCriteriaSettings } from '../settings/useCriteriaSettings';
import { LotCriteriaEditor } from './LotCriteriaEditor';
import { useFocusLotId } from '../../store';

function LotTabs({ content, settings }: { content: TenderContent; settings: CriteriaSettings }) {
  // A link to one lot ("Fix in Criteria") opens on that lot's tab.
  const focusLotId = useFocusLotId();
  const [active, setActive] = useState<string | null>(focusLotId ?? content.lots[0]?.id ?? null);
  const current = content.lots.find((l) => l.id === active) ?? content.lots[0];
  if (!current) return null;
  return (
    <div>
      <Text size="sm" fw={600} c="gray.7" id="criteria-lots-label" mb={6}>
        Lots in “{content.title}”
      </Text>
      <Tabs value={current.id} onChange={setActive} keepMounted={false}>
        <Tabs.List aria-labelledby="criteria-lots-label">
          {content.lots.map((lot) => {
            const errors = checkLot(lot, settings).filter((f) => f.severity === 'error').length;
            return (
              <Tabs.Tab
                key={lot.id}
                value={lot.id}
                rightSection={
                  errors ? (
                    <Badge tt="none" size="sm" variant="light" color="red">
                      {errors} to fix
                    </Badge>
                  ) : (
                    <Badge tt="none" size="sm" variant="light" color="teal">
                      Sound
                    </Badge>
                  )
                }
              >
                {lot.title}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {content.lots.map((lot) => (
          <Tabs.Panel key={lot.id} value={lot.id} pt="lg">
            {lot.id === current.id ? <LotCriteriaEditor key={lot.id} lot={lot} settings={settings} /> : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}

export function CriteriaScreen() {
  const { settings, error } = useCriteriaSettings();
  return (
    <Stack gap="lg">
      <div>
        <ScreenHeading>Criteria</ScreenHeading>
        <Text c="gray.7" mt={4} maw={820}>
          The award criteria of each lot and their weights. Each lot totals exactly 100%, with at least the social share your organisation
          requires. Changes are saved as you type; Ctrl+Z undoes them.
        </Text>
      </div>
      {error ? (
        <Alert color="yellow" title="Your organisation’s settings could not be read">
          {error} Tenderwright’s own floors apply meanwhile.
        </Alert>
      ) : null}
      <TenderGate>{(content) => <LotTabs content={content} settings={settings} />}</TenderGate>
    </Stack>
  );
}
