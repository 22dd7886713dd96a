import { useMemo, useState } from 'react';
import { Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconBooks, IconChartBar, IconChevronDown, IconPlus, IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { newId } from '@shared/model/common';
import {
  CATEGORY_LABELS,
  CRITERION_CATEGORIES,
  MAX_CRITERIA_PER_LOT,
  addCriterion,
  isPriceCategory,
  newCriterion,
  type CriteriaSettings,
  type Criterion,
  type CriterionCategory,
} from '@shared/model/criteria';
import { criterionFromLibrary, type CriteriaLibraryEntry } from '@shared/model/criteriaLibrary';
import { isPriceFormula } from '@shared/model/scoring';
import { checkLot, missingDescriptorLevels } from '@shared/rules/criteriaChecks';
import type { Finding } from '@shared/rules/findings';
import { WEIGHT_PRESETS, applyWeightPreset, type ApplyPresetResult, type WeightPreset } from '@shared/rules/presets';
import type { Lot } from '@shared/model/tender';
import { CriteriaList } from './CriteriaList';
import { FindingMessages } from './FindingMessage';
import { LibraryPicker } from './LibraryPicker';
import { DETAIL_FIELDS, fieldId, focusFieldSoon, lotFieldId, useLotChange } from './lotEdit';
import { PriceSimulator, initialSimulatorState, type SimulatorState } from './PriceSimulator';
import { MinimumQualityScore, RequirementsEditor } from './RequirementsEditor';
import { SaveToLibraryModal } from './SaveToLibraryModal';
import { SummaryPanel } from './SummaryPanel';

/** Everything about one lot's award criteria: weights and findings, the criteria, requirements, minimum score. */
export function LotCriteriaEditor({ lot, settings }: { lot: Lot; settings: CriteriaSettings }) {
  const change = useLotChange(lot.id);
  const findings = useMemo(() => checkLot(lot, settings), [lot, settings]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [simulatorOpen, setSimulatorOpen] = useState(false);
  const [simulator, setSimulator] = useState<SimulatorState>(() => initialSimulatorState(lot));
  const [saving, setSaving] = useState<Criterion | null>(null);
  const scaleMax = settings.defaultQualityScale;
  const full = lot.criteria.length >= MAX_CRITERIA_PER_LOT;
  const headingId = `${lot.id}-criteria-heading`;

  const toggle = (id: string, open?: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });

  const addFromScratch = (category: CriterionCategory) => {
    const criterion = newCriterion(category, { scaleMax });
    change(null, (l) => ({ ...l, criteria: addCriterion(l.criteria, criterion) }));
    toggle(criterion.id, true);
    focusFieldSoon(fieldId(lot.id, criterion.id, 'name'));
  };

  const addFromLibrary = (entry: CriteriaLibraryEntry) => {
    const criterion = criterionFromLibrary(entry, { id: newId('crit') });
    change(null, (l) => ({ ...l, criteria: addCriterion(l.criteria, criterion) }));
  };

  const applyPreset = (preset: WeightPreset) => {
    const run = () => {
      let outcome: ApplyPresetResult | null = null;
      change(null, (l) => {
        outcome = applyWeightPreset(l.criteria, preset, { scaleMax });
        return { ...l, criteria: outcome.criteria };
      });
      const result = outcome as ApplyPresetResult | null;
      if (!result) return;
      const notes = [
        result.created.length ? `${result.created.length} new criteria were added for missing categories` : '',
        result.zeroed.length ? `${result.zeroed.length} criteria outside the preset now weigh 0%` : '',
      ].filter(Boolean);
      notifications.show({
        color: 'teal',
        title: `${preset.name} applied`,
        message: `${notes.length ? `${notes.join('; ')}. ` : ''}Ctrl+Z takes it back.`,
      });
    };
    if (!lot.criteria.some((c) => c.weight > 0)) return run();
    modals.openConfirmModal({
      title: `Apply “${preset.name}”?`,
      children: (
        <Text size="sm">
          This replaces the weights of the criteria in {lot.title}: each category’s share is split evenly among its criteria, and criteria of
          other categories are set to 0%. You can undo it with Ctrl+Z.
        </Text>
      ),
      labels: { confirm: 'Apply preset', cancel: 'Cancel' },
      onConfirm: run,
    });
  };

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
    (f) => !f.criterionId && !f.requirementId && f.field !== 'minimumQualityScore' && f.code !== 'weight-total' && !(f.field ?? '').endsWith('Share'),
  );

  return (
    <Stack gap="lg">
      <SummaryPanel lot={lot} findings={findings} settings={settings} onGoTo={goTo} />

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
        <Group justify="space-between" align="center" mb="md" gap="sm">
          <Title order={2} size="h4" id={headingId}>
            Award criteria
          </Title>
          <Group gap="xs">
            <Button
              id={lotFieldId(lot.id, 'add')}
              leftSection={<IconBooks size={16} aria-hidden />}
              onClick={() => setLibraryOpen(true)}
              disabled={full}
            >
              Add from library
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} disabled={full}>
                  New criterion
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Start an empty criterion of category</Menu.Label>
                {CRITERION_CATEGORIES.map((c) => (
                  <Menu.Item key={c} onClick={() => addFromScratch(c)}>
                    {CATEGORY_LABELS[c]}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Menu position="bottom-end" width={340}>
              <Menu.Target>
                <Button variant="default" leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
                  Weight presets
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>A starting split of this lot</Menu.Label>
                {WEIGHT_PRESETS.map((p) => (
                  <Menu.Item key={p.id} onClick={() => applyPreset(p)}>
                    <Text component="span" size="sm" fw={500} className="tw-cr-menu-hint">
                      {p.name}
                    </Text>
                    <Text component="span" size="xs" c="gray.7" className="tw-cr-menu-hint">
                      {p.description}
                    </Text>
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button variant="default" leftSection={<IconChartBar size={16} aria-hidden />} onClick={() => setSimulatorOpen(true)}>
              Simulate price formulas
            </Button>
          </Group>
        </Group>

        {listFindings.length ? (
          <Stack gap={4} mb="md">
            <FindingMessages findings={listFindings} />
          </Stack>
        ) : null}

        {lot.criteria.length === 0 ? (
          <div className="tw-cr-empty">
            <Text fw={600}>No criteria in this lot yet</Text>
            <Text size="sm" c="gray.7" maw={560}>
              Start from a weight preset, pick criteria from the library (over a dozen reward protecting workers in the supply chain), or write
              one from scratch.
            </Text>
          </div>
        ) : (
          <CriteriaList
            lot={lot}
            findingsFor={(id) => findings.filter((f) => f.criterionId === id)}
            expanded={expanded}
            onToggleExpanded={toggle}
            change={change}
            scaleMax={scaleMax}
            onSaveToLibrary={setSaving}
          />
        )}
      </Paper>

      <RequirementsEditor lot={lot} findings={findings} change={change} />
      <MinimumQualityScore lot={lot} findings={findings} change={change} />

      <LibraryPicker opened={libraryOpen} onClose={() => setLibraryOpen(false)} lotTitle={lot.title} onAdd={addFromLibrary} />
      <PriceSimulator opened={simulatorOpen} onClose={() => setSimulatorOpen(false)} lot={lot} state={simulator} setState={setSimulator} change={change} />
      <SaveToLibraryModal criterion={saving} onClose={() => setSaving(null)} />
    </Stack>
  );
}
