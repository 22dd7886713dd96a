import { memo, useCallback, useState } from 'react';
import { Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconBooks, IconChartBar, IconChevronDown, IconPlus, IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { newId } from '@shared/model/common';
import {
  CRITERION_CATEGORIES,
  MAX_CRITERIA_PER_LOT,
  isPriceCategory,
  newCriterion,
  type CriteriaSettings,
  type Criterion,
  type CriterionCategory,
} from '@shared/model/criteria';
import { addCriterion } from '@shared/rules/criteriaEdits';
import { criterionFromLibrary, type CriteriaLibraryEntry } from '@shared/model/criteriaLibrary';
import { isPriceFormula } from '@shared/model/scoring';
import { missingDescriptorLevels } from '@shared/rules/criteriaChecks';
import type { Finding } from '@shared/rules/findings';
import { WEIGHT_PRESETS, applyWeightPreset, type ApplyPresetResult, type WeightPreset } from '@shared/rules/presets';
import type { Lot } from '@shared/model/tender';
import { CriteriaList } from './CriteriaList';
import { FindingMessages } from './FindingMessage';
import { LibraryPicker } from './LibraryPicker';
import { DETAIL_FIELDS, currentLot, fieldId, focusFieldSoon, lotFieldId, useLotChange, useTenderLanguage } from './lotEdit';
import { standardScoringFor } from './standardScale';
import { initialSimulatorState, type SimulatorState } from '@shared/rules/simulatorForm';
import { PriceSimulator } from './PriceSimulator';
import { MinimumQualityScore, RequirementsEditor } from './RequirementsEditor';
import { SaveToLibraryModal } from './SaveToLibraryModal';
import { SummaryPanel } from './SummaryPanel';
import { lotFindings } from './memo';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import { categoryLabel, presetText } from './labels';

// Closed dialogs need not re-render while the criteria are typed into.
const MemoLibraryPicker = memo(LibraryPicker);
const MemoSaveToLibraryModal = memo(SaveToLibraryModal);
// Closed, the simulator shows nothing of the lot: it need not follow every edit (it renders afresh when opened).
const MemoPriceSimulator = memo(
  PriceSimulator,
  (previous, next) =>
    (!previous.opened && !next.opened) ||
    Object.keys(next).every((key) => Object.is(previous[key as keyof typeof next], next[key as keyof typeof next])),
);

interface CriteriaToolbarProps {
  lotId: string;
  headingId: string;
  full: boolean;
  onOpenLibrary: () => void;
  onAddFromScratch: (category: CriterionCategory) => void;
  onApplyPreset: (preset: WeightPreset) => void;
  onOpenSimulator: () => void;
}

/** The list's heading and buttons; memoised, as nothing in it changes while weights are typed. */
const CriteriaToolbar = memo(function CriteriaToolbar({
  lotId,
  headingId,
  full,
  onOpenLibrary,
  onAddFromScratch,
  onApplyPreset,
  onOpenSimulator,
}: CriteriaToolbarProps) {
  const { t } = useTranslation('criteria');
  return (
    <Group justify="space-between" align="center" mb="md" gap="sm">
      <Title order={2} size="h4" id={headingId}>
        {t('toolbar.heading')}
      </Title>
      <Group gap="xs">
        <Button id={lotFieldId(lotId, 'add')} leftSection={<IconBooks size={16} aria-hidden />} onClick={onOpenLibrary} disabled={full}>
          {t('toolbar.addFromLibrary')}
        </Button>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
              disabled={full}
            >
              {t('toolbar.newCriterion')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('toolbar.newOfCategory')}</Menu.Label>
            {CRITERION_CATEGORIES.map((c) => (
              <Menu.Item key={c} onClick={() => onAddFromScratch(c)}>
                {categoryLabel(c)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Menu position="bottom-end" width={340}>
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              {t('toolbar.presets')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('toolbar.presetsLabel')}</Menu.Label>
            {WEIGHT_PRESETS.map((p) => (
              <Menu.Item key={p.id} onClick={() => onApplyPreset(p)}>
                <Text component="span" size="sm" fw={500} className="tw-cr-menu-hint">
                  {presetText(p).name}
                </Text>
                <Text component="span" size="xs" c="dimmed" className="tw-cr-menu-hint">
                  {presetText(p).description}
                </Text>
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button variant="default" leftSection={<IconChartBar size={16} aria-hidden />} onClick={onOpenSimulator}>
          {t('toolbar.simulate')}
        </Button>
      </Group>
    </Group>
  );
});

function EmptyLot() {
  const { t } = useTranslation('criteria');
  return (
    <>
      <Text fw={600}>{t('empty.title')}</Text>
      <Text size="sm" c="dimmed" maw={560}>
        {t('empty.body')}
      </Text>
    </>
  );
}

/** Everything about one lot's award criteria: weights and findings, the criteria, requirements, minimum score. */
export function LotCriteriaEditor({ lot, settings }: { lot: Lot; settings: CriteriaSettings }) {
  const change = useLotChange(lot.id);
  const findings = lotFindings(lot, settings);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [simulatorOpen, setSimulatorOpen] = useState(false);
  const [simulator, setSimulator] = useState<SimulatorState>(() => initialSimulatorState(lot));
  const [saving, setSaving] = useState<Criterion | null>(null);
  const scaleMax = settings.defaultQualityScale;
  const full = lot.criteria.length >= MAX_CRITERIA_PER_LOT;
  const headingId = `${lot.id}-criteria-heading`;

  const toggle = useCallback(
    (id: string, open?: boolean) =>
      setExpanded((current) => {
        if ((open ?? !current.has(id)) === current.has(id)) return current;
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const lotId = lot.id;
  const language = useTenderLanguage();
  const addFromScratch = useCallback(
    (category: CriterionCategory) => {
      const criterion = { ...newCriterion(category, { scaleMax }), scoring: standardScoringFor(category, scaleMax, language) };
      change(null, (l) => ({ ...l, criteria: addCriterion(l.criteria, criterion) }));
      toggle(criterion.id, true);
      focusFieldSoon(fieldId(lotId, criterion.id, 'name'));
    },
    [change, scaleMax, toggle, lotId, language],
  );
  const openLibrary = useCallback(() => setLibraryOpen(true), []);
  const openSimulator = useCallback(() => setSimulatorOpen(true), [setSimulatorOpen]);
  const closeSimulator = useCallback(() => setSimulatorOpen(false), [setSimulatorOpen]);

  const addFromLibrary = useCallback(
    (entry: CriteriaLibraryEntry) => {
      const criterion = criterionFromLibrary(entry, { id: newId('crit') });
      change(null, (l) => ({ ...l, criteria: addCriterion(l.criteria, criterion) }));
    },
    [change],
  );
  const closeLibrary = useCallback(() => setLibraryOpen(false), []);
  const closeSaveToLibrary = useCallback(() => setSaving(null), [setSaving]);

  const applyPreset = useCallback(
    (preset: WeightPreset) => {
      const current = currentLot(lotId);
      if (!current) return;
      const run = () => {
        let outcome: ApplyPresetResult | null = null;
        change(null, (l) => {
          outcome = applyWeightPreset(l.criteria, preset, { scaleMax });
          return { ...l, criteria: outcome.criteria };
        });
        const result = outcome as ApplyPresetResult | null;
        if (!result) return;
        const created = result.created.length;
        const zeroed = result.zeroed.length;
        notifications.show({
          color: 'teal',
          title: t('criteria:presetApplied.title', { name: presetText(preset).name }),
          message:
            created && zeroed
              ? t('criteria:presetApplied.createdAndZeroed', { created, zeroed })
              : created
                ? t('criteria:presetApplied.created', { count: created })
                : zeroed
                  ? t('criteria:presetApplied.zeroed', { count: zeroed })
                  : t('criteria:presetApplied.plain'),
        });
      };
      if (!current.criteria.some((c) => c.weight > 0)) return run();
      modals.openConfirmModal({
        title: t('criteria:presetConfirm.title', { name: presetText(preset).name }),
        children: <Text size="sm">{t('criteria:presetConfirm.body', { title: current.title })}</Text>,
        labels: { confirm: t('criteria:presetConfirm.confirm'), cancel: t('criteria:presetConfirm.cancel') },
        onConfirm: run,
      });
    },
    [change, scaleMax, lotId],
  );

  const goTo = (finding: Finding) => {
    const field = finding.field ?? 'name';
    if (finding.criterionId) {
      const c = lot.criteria.find((x) => x.id === finding.criterionId);
      if (!c) return;
      if (DETAIL_FIELDS.has(field)) toggle(c.id, true);
      if (field === 'scoring.descriptors' && c.scoring.type === 'quality-scale') {
        const level = missingDescriptorLevels(c.scoring)[0] ?? c.scoring.max;
        return focusFieldSoon(fieldId(lot.id, c.id, `descriptor-${level}`));
      }
      return focusFieldSoon(fieldId(lot.id, c.id, field === 'id' || field === 'parentId' ? 'name' : field));
    }
    if (finding.requirementId) return focusFieldSoon(fieldId(lot.id, finding.requirementId, field));
    if (field === 'scoring') {
      const priced = lot.criteria.find((c) => isPriceCategory(c.category) && isPriceFormula(c.scoring));
      if (priced) {
        toggle(priced.id, true);
        return focusFieldSoon(fieldId(lot.id, priced.id, 'scoring'));
      }
    }
    if (field === 'minimumQualityScore' || field === 'weight' || field.endsWith('Share')) return focusFieldSoon(lotFieldId(lot.id, field));
    focusFieldSoon(lotFieldId(lot.id, 'add'));
  };

  // Lot-wide findings that belong to the list as a whole (no criteria, price scored twice, ...).
  const listFindings = findings.filter(
    (f) =>
      !f.criterionId &&
      !f.requirementId &&
      f.field !== 'minimumQualityScore' &&
      f.code !== 'weight-total' &&
      !(f.field ?? '').endsWith('Share'),
  );

  return (
    <Stack gap="lg">
      <SummaryPanel lot={lot} findings={findings} settings={settings} onGoTo={goTo} />

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
        <CriteriaToolbar
          lotId={lot.id}
          headingId={headingId}
          full={full}
          onOpenLibrary={openLibrary}
          onAddFromScratch={addFromScratch}
          onApplyPreset={applyPreset}
          onOpenSimulator={openSimulator}
        />

        {listFindings.length ? (
          <Stack gap={4} mb="md">
            <FindingMessages findings={listFindings} />
          </Stack>
        ) : null}

        {lot.criteria.length === 0 ? (
          <div className="tw-cr-empty">
            <EmptyLot />
          </div>
        ) : (
          <CriteriaList
            lotId={lot.id}
            settings={settings}
            expanded={expanded}
            onToggleExpanded={toggle}
            change={change}
            scaleMax={scaleMax}
            onSaveToLibrary={setSaving}
          />
        )}
      </Paper>

      <RequirementsEditor lotId={lot.id} findings={findings} change={change} />
      <MinimumQualityScore lot={lot} findings={findings} change={change} />

      <MemoLibraryPicker opened={libraryOpen} onClose={closeLibrary} lotTitle={lot.title} onAdd={addFromLibrary} />
      <MemoPriceSimulator
        opened={simulatorOpen}
        onClose={closeSimulator}
        lot={lot}
        state={simulator}
        setState={setSimulator}
        change={change}
      />
      <MemoSaveToLibraryModal criterion={saving} onClose={closeSaveToLibrary} />
    </Stack>
  );
}
