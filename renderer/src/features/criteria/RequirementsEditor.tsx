import { ActionIcon, Button, Group, Paper, Stack, Switch, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { LIMITS } from '@shared/model/common';
import { MAX_REQUIREMENTS_PER_LOT, newRequirement, type Requirement } from '@shared/model/criteria';
import type { Finding } from '@shared/rules/findings';
import { formatWeight, parseWeightInput, qualityPointsAvailable, type WeightParseResult } from '@shared/rules/weights';
import type { Lot } from '@shared/model/tender';
import { useActions } from '../../store';
import { FieldMessage, FindingMessages, describedBy } from './FindingMessage';
import { fieldId, focusFieldSoon, lotFieldId, type LotChange } from './lotEdit';
import { useWeightDraft } from './useWeightDraft';

function RequirementItem({ lot, requirement, position, findings, change }: { lot: Lot; requirement: Requirement; position: number; findings: readonly Finding[]; change: LotChange }) {
  const { endEditBurst } = useActions();
  const id = requirement.id;
  const f = (field: string) => fieldId(lot.id, id, field);
  const of = (field: string) => findings.filter((x) => x.field === field);
  const update = (field: 'name' | 'description' | 'evidence', value: string) =>
    change(`requirement:${id}:${field}`, (l) => ({ ...l, requirements: l.requirements.map((r) => (r.id === id ? { ...r, [field]: value } : r)) }));
  const remove = () => {
    const at = lot.requirements.findIndex((r) => r.id === id);
    const neighbour = lot.requirements[at + 1] ?? lot.requirements[at - 1];
    change(null, (l) => ({ ...l, requirements: l.requirements.filter((r) => r.id !== id) }));
    notifications.show({ color: 'gray', title: 'Requirement removed', message: 'Ctrl+Z brings it back.' });
    focusFieldSoon(neighbour ? fieldId(lot.id, neighbour.id, 'name') : lotFieldId(lot.id, 'add-requirement'));
  };
  const label = requirement.name.trim() || 'unnamed';
  return (
    <li className="tw-cr-requirement" aria-label={`Requirement ${position}: ${label}`}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          id={f('name')}
          flex={1}
          label={
            <>
              Requirement {position}
              <VisuallyHidden> name</VisuallyHidden>
            </>
          }
          placeholder="e.g. Discloses its final assembly factories"
          maxLength={LIMITS.shortText}
          value={requirement.name}
          onChange={(e) => update('name', e.currentTarget.value)}
          onBlur={endEditBurst}
          {...describedBy(of('name'))}
        />
        <ActionIcon variant="subtle" color="gray" size="lg" mb={1} aria-label={`Remove requirement ${position}`} onClick={remove}>
          <IconTrash size={17} aria-hidden />
        </ActionIcon>
      </Group>
      <FindingMessages findings={of('name')} />
      <Group grow align="flex-start" gap="sm" mt={6}>
        <Textarea
          id={f('description')}
          label={
            <>
              Description<VisuallyHidden> of requirement {position}</VisuallyHidden>
            </>
          }
          autosize
          minRows={1}
          maxRows={6}
          maxLength={LIMITS.longText}
          value={requirement.description}
          onChange={(e) => update('description', e.currentTarget.value)}
          onBlur={endEditBurst}
        />
        <Textarea
          id={f('evidence')}
          label={
            <>
              Evidence<VisuallyHidden> for requirement {position}</VisuallyHidden>
            </>
          }
          autosize
          minRows={1}
          maxRows={6}
          maxLength={LIMITS.longText}
          value={requirement.evidence}
          onChange={(e) => update('evidence', e.currentTarget.value)}
          onBlur={endEditBurst}
          {...describedBy(of('evidence'))}
        />
      </Group>
      <FindingMessages findings={of('evidence')} />
    </li>
  );
}

export function RequirementsEditor({ lot, findings, change }: { lot: Lot; findings: readonly Finding[]; change: LotChange }) {
  const headingId = `${lot.id}-requirements-heading`;
  const add = () => {
    const requirement = newRequirement();
    change(null, (l) => ({ ...l, requirements: [...l.requirements, requirement] }));
    focusFieldSoon(fieldId(lot.id, requirement.id, 'name'));
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        Pass/fail requirements
      </Title>
      <Text size="sm" c="gray.7" mt={4} mb="md">
        Not weighted: a bid that fails one is excluded. Say what evidence shows each one is met.
      </Text>
      {lot.requirements.length ? (
        <ol className="tw-cr-requirements">
          {lot.requirements.map((r, i) => (
            <RequirementItem key={r.id} lot={lot} requirement={r} position={i + 1} findings={findings.filter((x) => x.requirementId === r.id)} change={change} />
          ))}
        </ol>
      ) : (
        <Text size="sm" mb="sm">
          This lot has no pass/fail requirements.
        </Text>
      )}
      <Button
        id={lotFieldId(lot.id, 'add-requirement')}
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={add}
        disabled={lot.requirements.length >= MAX_REQUIREMENTS_PER_LOT}
      >
        Add requirement
      </Button>
    </Paper>
  );
}

/** The points field speaks of points, not weights, but follows the same two-decimal rule. */
function parsePoints(text: string): WeightParseResult {
  const result = parseWeightInput(text);
  if (result.ok) return result;
  const words: Record<typeof result.code, string> = {
    empty: 'The minimum score is empty.',
    'not-a-number': result.message,
    negative: 'The minimum score cannot be negative.',
    'too-many-decimals': result.message.replace('A weight takes', 'Points take'),
    'over-100': 'The minimum score cannot be more than 100 points.',
  };
  return { ...result, message: words[result.code], fix: 'Type the points out of 100, for example 20 or 17.5.' };
}

export function MinimumQualityScore({ lot, findings, change }: { lot: Lot; findings: readonly Finding[]; change: LotChange }) {
  const { endEditBurst } = useActions();
  const headingId = `${lot.id}-minimum-heading`;
  const minimum = lot.minimumQualityScore;
  const available = qualityPointsAvailable(lot.criteria);
  const draft = useWeightDraft(
    minimum ?? 0,
    (hundredths) => change(`lot:${lot.id}:minimumQualityScore`, (l) => ({ ...l, minimumQualityScore: hundredths })),
    parsePoints,
  );
  const own = findings.filter((f) => f.field === 'minimumQualityScore');
  const problemId = `${lotFieldId(lot.id, 'minimumQualityScore')}-problem`;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        Minimum quality score
      </Title>
      <Text size="sm" c="gray.7" mt={4} mb="md">
        Optional. Bids that earn fewer points than this on the quality, social and environmental criteria are excluded before price is
        compared.
      </Text>
      <Stack gap="xs">
        <Switch
          label="Exclude bids below a minimum quality score"
          checked={minimum !== undefined}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            change(null, (l) => {
              if (on) return { ...l, minimumQualityScore: Math.min(Math.round(available / 2 / 100) * 100, available) };
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
              label="Minimum score (points out of 100)"
              description={`The non-price criteria of this lot carry ${formatWeight(available)} points.`}
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
              <FieldMessage id={problemId} severity="error" message={draft.problem.message} fix={`${draft.problem.fix} The saved minimum stays ${formatWeight(minimum)} points.`} />
            ) : null}
            <FindingMessages findings={own} />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
