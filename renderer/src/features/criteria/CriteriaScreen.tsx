import './criteria.css';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { Alert, Badge, Stack, Tabs, Text } from '@mantine/core';
import type { CriteriaSettings } from '@shared/model/criteria';
import type { TenderContent } from '@shared/model/tender';
import { ScreenIntro } from '../../components/ScreenHeading';
import { TenderGate } from '../../components/TenderGate';
import { LotCriteriaEditor } from './LotCriteriaEditor';
import { useCriteriaSettings, useFocusLotId, useReveal } from '../../store';
import { lotFindings } from './memo';
import { useLot } from './lotEdit';
import { Term } from '../../components/Term';
import { Trans, useTranslation } from 'react-i18next';

interface LotTab {
  id: string;
  title: string;
}

/** The same list while the lots' ids and titles are the same. */
function useLotTabs(content: TenderContent): LotTab[] {
  const key = JSON.stringify(content.lots.map((lot) => [lot.id, lot.title]));
  return useMemo(() => (JSON.parse(key) as [string, string][]).map(([id, title]) => ({ id, title })), [key]);
}

/**
 * Typing must stay under a frame with 60 criteria in a lot. The tabs re-render only when
 * lots are added, removed or renamed: a new Tabs context would make React walk every card. The fields
 * being typed into read the store and update in the keystroke's own render; what is drawn from the
 * whole lot (totals, gauges, findings, the tabs' badges) follows with React's deferred value, a render
 * that runs after the keystroke is painted and gives way to the next one.
 */
function LotTabs({ content, settings }: { content: TenderContent; settings: CriteriaSettings }) {
  return <LotTabsView lots={useLotTabs(content)} tenderTitle={content.title} settings={settings} />;
}

const LotTabsView = memo(function LotTabsView({
  lots,
  tenderTitle,
  settings,
}: {
  lots: LotTab[];
  tenderTitle: string;
  settings: CriteriaSettings;
}) {
  // A link to one lot ("Fix in Criteria") opens on that lot's tab.
  const focusLotId = useFocusLotId();
  const [active, setActive] = useState<string | null>(focusLotId ?? lots[0]?.id ?? null);
  // Undo or redo of a change in another lot shows that lot.
  const reveal = useReveal();
  const [seenReveal, setSeenReveal] = useState(reveal);
  if (reveal !== seenReveal) {
    setSeenReveal(reveal);
    if (reveal?.screen === 'criteria' && reveal.lotId && lots.some((l) => l.id === reveal.lotId)) setActive(reveal.lotId);
  }
  const { t } = useTranslation('criteria');
  const current = lots.find((l) => l.id === active) ?? lots[0];
  if (!current) return null;
  return (
    <div>
      <Text size="sm" fw={600} c="dimmed" id="criteria-lots-label" mb={6}>
        {t('screen.lotsIn', { title: tenderTitle })}
      </Text>
      <Tabs value={current.id} onChange={setActive} keepMounted={false}>
        <Tabs.List aria-labelledby="criteria-lots-label">
          {lots.map((lot) => (
            <Tabs.Tab key={lot.id} value={lot.id} rightSection={<LotStatus lotId={lot.id} settings={settings} />}>
              {lot.title}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {lots.map((lot) => (
          <Tabs.Panel key={lot.id} value={lot.id} pt="lg">
            {lot.id === current.id ? <ActiveLot key={lot.id} lotId={lot.id} settings={settings} /> : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
});

/** A tab's badge: how many errors the lot has, or that it is sound. */
function LotStatus({ lotId, settings }: { lotId: string; settings: CriteriaSettings }) {
  const lot = useDeferredValue(useLot(lotId));
  return <StatusBadge errors={lot ? lotFindings(lot, settings).filter((f) => f.severity === 'error').length : 0} />;
}

const StatusBadge = memo(function StatusBadge({ errors }: { errors: number }) {
  const { t } = useTranslation('criteria');
  return errors ? (
    <Badge tt="none" size="sm" variant="light" color="red">
      {t('screen.toFix', { count: errors })}
    </Badge>
  ) : (
    <Badge tt="none" size="sm" variant="light" color="teal">
      {t('screen.sound')}
    </Badge>
  );
});

const MemoLotCriteriaEditor = memo(LotCriteriaEditor);

function ActiveLot({ lotId, settings }: { lotId: string; settings: CriteriaSettings }) {
  const lot = useDeferredValue(useLot(lotId));
  return lot ? <MemoLotCriteriaEditor lot={lot} settings={settings} /> : null;
}

/**
 * The same settings object while the settings say the same: the screen first renders with the defaults
 * and then gets the organisation's settings, which usually equal them; a new object would re-render
 * every card of the lot a second time.
 */
function useStableSettings(settings: CriteriaSettings): CriteriaSettings {
  const key = JSON.stringify(settings);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the settings' content
  return useMemo(() => settings, [key]);
}

export function CriteriaScreen() {
  const { settings: loaded, error } = useCriteriaSettings();
  const settings = useStableSettings(loaded);
  const { t } = useTranslation('criteria');
  return (
    <Stack gap="lg">
      <ScreenIntro title={t('screen.title')}>
        <Trans
          t={t}
          i18nKey="screen.intro"
          components={{
            criteria: <Term id="award-criterion">{null}</Term>,
            weights: <Term id="criterion-weight">{null}</Term>,
            social: <Term id="social-floor">{null}</Term>,
            meat: <Term id="meat">{null}</Term>,
          }}
        />
      </ScreenIntro>
      {error ? (
        <Alert color="yellow" title={t('screen.settingsUnreadable')}>
          {t('screen.settingsUnreadableBody', { error })}
        </Alert>
      ) : null}
      <TenderGate>{(content) => <LotTabs content={content} settings={settings} />}</TenderGate>
    </Stack>
  );
}
