import { memo } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Switch, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { LIMITS } from '@shared/model/common';
import { MAX_REQUIREMENTS_PER_LOT, newRequirement, type Requirement } from '@shared/model/criteria';
import type { Finding } from '@shared/rules/findings';
import { defaultMinimumQualityScore, parsePointsInput } from '@shared/rules/minimumQualityScore';
import { qualityPointsAvailable } from '@shared/rules/weights';
import { Trans, useTranslation } from 'react-i18next';
import { pointsText } from './percent';
import type { Lot } from '@shared/model/tender';
import { useAppStore } from '../../store';
import { FieldMessage } from '../../components/FieldMessage';
import { FindingMessages, describedBy } from './FindingMessage';
import { currentLot, fieldId, focusFieldSoon, lotFieldId, type LotChange } from './lotEdit';
import { NO_FINDINGS, findingsByOwner, propsEqual, sameFindings } from './memo';
import { useWeightDraft } from './useWeightDraft';

const NO_REQUIREMENTS: readonly Requirement[] = Object.freeze([]);

/** The two free-text boxes under a requirement's name; only the evidence box shows its findings. */
const REQUIREMENT_TEXTS = [
  {
    field: 'description',
    label: (position: number) => (
      <Trans i18nKey="criteria:requirements.descriptionLabel" values={{ position }} components={{ hidden: <VisuallyHidden /> }} />
    ),
    linksFindings: false,
  },
  {
    field: 'evidence',
    label: (position: number) => (
      <Trans i18nKey="criteria:requirements.evidenceLabel" values={{ position }} components={{ hidden: <VisuallyHidden /> }} />
    ),
    linksFindings: true,
  },
] as const;

interface RequirementItemProps {
  lotId: string;
  requirement: Requirement;
  position: number;
  findings: readonly Finding[];
  change: LotChange;
}

/** Memoised (findings compared by what they say): typing a weight does not re-render the requirements and resize their text areas. */
const RequirementItem = memo(
  function RequirementItem({ lotId, requirement, position, findings, change }: RequirementItemProps) {
    const { t } = useTranslation('criteria');
    const endEditBurst = useAppStore((s) => s.endEditBurst);
    const id = requirement.id;
    const f = (field: string) => fieldId(lotId, id, field);
    const of = (field: string) => findings.filter((x) => x.field === field);
    const update = (field: 'name' | 'description' | 'evidence', value: string) =>
      change(`requirement:${id}:${field}`, (l) => ({
        ...l,
        requirements: l.requirements.map((r) => (r.id === id ? { ...r, [field]: value } : r)),
      }));
    const remove = () => {
      const requirements = currentLot(lotId)?.requirements ?? [];
      const at = requirements.findIndex((r) => r.id === id);
      const neighbour = requirements[at + 1] ?? requirements[at - 1];
      change(null, (l) => ({ ...l, requirements: l.requirements.filter((r) => r.id !== id) }));
      notifications.show({ color: 'gray', title: t('requirements.removed'), message: t('requirements.removedUndo') });
      focusFieldSoon(neighbour ? fieldId(lotId, neighbour.id, 'name') : lotFieldId(lotId, 'add-requirement'));
    };
    const label = requirement.name.trim() || t('summary.unnamed');
    return (
      <li className="tw-cr-requirement" aria-label={t('requirements.item', { position, name: label })}>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            id={f('name')}
            flex={1}
            label={<Trans t={t} i18nKey="requirements.nameLabel" values={{ position }} components={{ hidden: <VisuallyHidden /> }} />}
            placeholder={t('requirements.namePlaceholder')}
            maxLength={LIMITS.shortText}
            value={requirement.name}
            onChange={(e) => update('name', e.currentTarget.value)}
            onBlur={endEditBurst}
            {...describedBy(of('name'))}
          />
          <ActionIcon variant="subtle" color="gray" size="lg" mb={1} aria-label={t('requirements.remove', { position })} onClick={remove}>
            <IconTrash size={17} aria-hidden />
          </ActionIcon>
        </Group>
        <FindingMessages findings={of('name')} />
        <Group grow align="flex-start" gap="sm" mt={6}>
          {REQUIREMENT_TEXTS.map(({ field, label, linksFindings }) => (
            <Textarea
              key={field}
              id={f(field)}
              label={label(position)}
              autosize
              minRows={1}
              maxRows={6}
              maxLength={LIMITS.longText}
              value={requirement[field]}
              onChange={(e) => update(field, e.currentTarget.value)}
              onBlur={endEditBurst}
              {...(linksFindings ? describedBy(of(field)) : {})}
            />
          ))}
        </Group>
        <FindingMessages findings={of('evidence')} />
      </li>
    );
  },
  propsEqual<RequirementItemProps>({ findings: sameFindings }),
);

/** The requirements come from the store, not the screen's deferred lot: their inputs are controlled and must show each keystroke at once. */
export function RequirementsEditor({ lotId, findings, change }: { lotId: string; findings: readonly Finding[]; change: LotChange }) {
  const requirements = useAppStore((s) => s.content?.lots.find((l) => l.id === lotId)?.requirements) ?? NO_REQUIREMENTS;
  const headingId = `${lotId}-requirements-heading`;
  const { t } = useTranslation('criteria');
  const byRequirement = findingsByOwner(findings);
  const add = () => {
    const requirement = newRequirement();
    change(null, (l) => ({ ...l, requirements: [...l.requirements, requirement] }));
    focusFieldSoon(fieldId(lotId, requirement.id, 'name'));
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('requirements.heading')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t('requirements.intro')}
      </Text>
      {requirements.length ? (
        <ol className="tw-cr-requirements">
          {requirements.map((r, i) => (
            <RequirementItem
              key={r.id}
              lotId={lotId}
              requirement={r}
              position={i + 1}
              findings={byRequirement.get(r.id) ?? NO_FINDINGS}
              change={change}
            />
          ))}
        </ol>
      ) : (
        <Text size="sm" mb="sm">
          {t('requirements.none')}
        </Text>
      )}
      <Button
        id={lotFieldId(lotId, 'add-requirement')}
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={add}
        disabled={requirements.length >= MAX_REQUIREMENTS_PER_LOT}
      >
        {t('requirements.add')}
      </Button>
    </Paper>
  );
}

export function MinimumQualityScore({ lot, findings, change }: { lot: Lot; findings: readonly Finding[]; change: LotChange }) {
  const endEditBurst = useAppStore((s) => s.endEditBurst);
  const headingId = `${lot.id}-minimum-heading`;
  const { t } = useTranslation('criteria');
  // From the store: the field is controlled and must show each keystroke at once (the lot prop is the screen's deferred copy).
  const minimum = useAppStore((s) => s.content?.lots.find((l) => l.id === lot.id)?.minimumQualityScore);
  const available = qualityPointsAvailable(lot.criteria);
  const draft = useWeightDraft(
    minimum ?? 0,
    (hundredths) => change(`lot:${lot.id}:minimumQualityScore`, (l) => ({ ...l, minimumQualityScore: hundredths })),
    parsePointsInput,
  );
  const own = findings.filter((f) => f.field === 'minimumQualityScore');
  const problemId = `${lotFieldId(lot.id, 'minimumQualityScore')}-problem`;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('minimum.heading')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t('minimum.intro')}
      </Text>
      <Stack gap="xs">
        <Switch
          label={t('minimum.switch')}
          checked={minimum !== undefined}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            change(null, (l) => {
              if (on) return { ...l, minimumQualityScore: defaultMinimumQualityScore(l.criteria) };
              const { minimumQualityScore: _dropped, ...rest } = l;
              return rest;
            });
            if (on) focusFieldSoon(lotFieldId(lot.id, 'minimumQualityScore'));
          }}
        />
        {minimum !== undefined ? (
          <>
            <TextInput
              id={lotFieldId(lot.id, 'minimumQualityScore')}
              label={t('minimum.label')}
              description={t('minimum.available', { points: pointsText(available) })}
              inputMode="decimal"
              className="tw-cr-points"
              value={draft.text}
              onChange={(e) => draft.onChange(e.currentTarget.value)}
              onBlur={() => {
                draft.onBlur();
                endEditBurst();
              }}
              {...describedBy(own, draft.problem ? [problemId] : [], [`${lotFieldId(lot.id, 'minimumQualityScore')}-description`])}
            />
            {draft.problem ? (
              <FieldMessage
                id={problemId}
                severity="error"
                message={draft.problem.message}
                fix={t('minimum.stays', { fix: draft.problem.fix, points: pointsText(minimum) })}
              />
            ) : null}
            <FindingMessages findings={own} />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
