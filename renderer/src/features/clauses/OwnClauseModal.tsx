import { useRef, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Divider,
  Group,
  List,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { checkTemplate, createOwnClause, currentVersion, editClause, type ClauseDraft, type Finding } from '@shared/clauses';
import {
  ParameterNameSchema,
  PARAMETER_TYPES,
  type ClausePurpose,
  type ClauseTopic,
  type LeverageCategory,
  type LibraryClause,
  type MomentOfTraction,
  type ParameterDef,
  type ParameterType,
} from '@shared/model/clauses';
import { LIMITS, newId } from '@shared/model/common';
import { call } from '../../api';
import { useActions, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';
import { leverageOptions, momentOptions, purposeOptions, topicOptions } from './labels';
import { tooLongMessage } from './textGuard';

interface ItemRow {
  key: string;
  id: string;
  body: string;
}
interface SubRow {
  key: string;
  id: string;
  heading: string;
  body: string;
  items: ItemRow[];
}
interface ParamRow {
  key: string;
  name: string;
  type: ParameterType;
  label: string;
  help: string;
  defaultValue: string;
  min: string;
  max: string;
  unit: string;
  integer: boolean;
  /** Choice options, one per line: value | label | contract wording. */
  options: string;
}
interface Draft {
  title: string;
  body: string;
  guidance: string;
  subClauses: SubRow[];
  topic: ClauseTopic;
  leverage: LeverageCategory;
  purpose: ClausePurpose;
  moments: MomentOfTraction[];
  params: ParamRow[];
  changeNote: string;
}

const key = () => newId('k');

function paramRow(p?: ParameterDef): ParamRow {
  return {
    key: key(),
    name: p?.name ?? '',
    type: p?.type ?? 'text',
    label: p?.label ?? '',
    help: p?.help ?? '',
    defaultValue: p?.default === undefined ? '' : String(p.default),
    min: p?.type === 'number' && p.min !== undefined ? String(p.min) : '',
    max: p?.type === 'number' && p.max !== undefined ? String(p.max) : '',
    unit: p?.type === 'number' ? (p.unit ?? '') : '',
    integer: p?.type === 'number' ? Boolean(p.integer) : false,
    options: p?.type === 'choice' ? p.options.map((o) => [o.value, o.label, o.text ?? ''].join(' | ').replace(/ \| $/, '')).join('\n') : '',
  };
}

function draftOf(entry: LibraryClause | null): Draft {
  if (!entry) {
    return {
      title: '',
      body: '{{supplier}} shall ',
      guidance: '',
      subClauses: [],
      topic: 'tier1-disclosure',
      leverage: 'A',
      purpose: 'oblige-to-address',
      moments: ['contract-negotiation'],
      params: [],
      changeNote: '',
    };
  }
  const t = currentVersion(entry);
  return {
    title: t.title,
    body: t.body,
    guidance: t.guidance,
    subClauses: t.subClauses.map((s) => ({
      key: key(),
      id: s.id,
      heading: s.heading ?? '',
      body: s.body,
      items: (s.items ?? []).map((i) => ({ key: key(), id: i.id, body: i.body })),
    })),
    topic: t.tags.topic,
    leverage: t.tags.leverage,
    purpose: t.tags.purpose,
    moments: [...t.tags.moments],
    params: t.parameters.map(paramRow),
    changeNote: '',
  };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'option';

/** Turns the form into a clause draft; problems the form itself can see are listed, not thrown. */
function build(d: Draft): { draft: ClauseDraft | null; problems: string[] } {
  const problems: string[] = [];
  const num = (text: string, what: string): number | undefined => {
    if (!text.trim()) return undefined;
    const n = Number(text.trim());
    if (!Number.isFinite(n)) {
      problems.push(`${what} must be a number, but “${text.trim().slice(0, 30)}” is not.`);
      return undefined;
    }
    return n;
  };
  const parameters: ParameterDef[] = d.params.map((r, i) => {
    const where = `Parameter ${i + 1}${r.label ? ` (“${r.label}”)` : ''}`;
    const name = ParameterNameSchema.safeParse(r.name);
    if (!name.success) problems.push(`${where}: ${name.error.issues[0]?.message ?? 'invalid name'}.`);
    const base = { name: r.name, label: r.label || r.name, help: r.help };
    if (r.type === 'number') {
      const def = num(r.defaultValue, `${where}: the default`);
      const min = num(r.min, `${where}: the minimum`);
      const max = num(r.max, `${where}: the maximum`);
      return {
        ...base,
        type: 'number',
        ...(def !== undefined ? { default: def } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(r.unit.trim() ? { unit: r.unit.trim() } : {}),
        ...(r.integer ? { integer: true } : {}),
      };
    }
    if (r.type === 'choice') {
      const options = r.options
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
          const parts = line.split('|').map((p) => p.trim());
          if (parts.length === 1) return { value: slug(parts[0] as string), label: parts[0] as string };
          const [value, label, text] = parts as [string, string, string | undefined];
          return { value: slug(value), label: label || value, ...(text ? { text } : {}) };
        });
      if (!options.length) problems.push(`${where}: a choice needs at least one option.`);
      return { ...base, type: 'choice', options, ...(r.defaultValue.trim() ? { default: slug(r.defaultValue) } : {}) };
    }
    if (r.type === 'date') return { ...base, type: 'date', ...(r.defaultValue.trim() ? { default: r.defaultValue.trim() } : {}) };
    return { ...base, type: 'text', ...(r.defaultValue ? { default: r.defaultValue } : {}) };
  });
  if (!d.title.trim()) problems.push('The clause needs a title.');
  if (!d.moments.length) problems.push('Tag at least one moment of traction.');
  const draft: ClauseDraft = {
    title: d.title.trim(),
    body: d.body,
    guidance: d.guidance,
    subClauses: d.subClauses.map((s) => ({
      id: s.id,
      ...(s.heading.trim() ? { heading: s.heading.trim() } : {}),
      body: s.body,
      ...(s.items.length ? { items: s.items.map((i) => ({ id: i.id, body: i.body })) } : {}),
    })),
    parameters,
    tags: { topic: d.topic, leverage: d.leverage, purpose: d.purpose, moments: d.moments },
  };
  return { draft, problems };
}

/**
 * Writes or edits a clause of the team's own library. An edit is saved as a new version; the versions
 * before it stay as they were, and tenders built with them are offered the update.
 */
export function OwnClauseModal({ entry, opened, onClose }: { entry: LibraryClause | null; opened: boolean; onClose: () => void }) {
  const { applyLibraryView } = useActions();
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [error, setError] = useState<{ message: string; findings?: Finding[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(null);
  };
  /** Text fields refuse huge pastes with a message and keep what they held. */
  const guarded = (field: string, label: string, limit: number, apply: (value: string) => void) => ({
    label,
    error: refused[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      const tooLong = tooLongMessage(value, limit, label);
      setRefused((r) => {
        const { [field]: _old, ...rest } = r;
        return tooLong ? { ...rest, [field]: tooLong } : rest;
      });
      if (!tooLong) {
        apply(value);
        setError(null);
      }
    },
  });
  const setSub = (k: string, patch: Partial<SubRow>) => set({ subClauses: draft.subClauses.map((s) => (s.key === k ? { ...s, ...patch } : s)) });
  const setParam = (k: string, patch: Partial<ParamRow>) => set({ params: draft.params.map((p) => (p.key === k ? { ...p, ...patch } : p)) });

  const { draft: built, problems } = build(draft);
  const checks = built && !problems.length ? checkTemplate({ id: entry?.id ?? 'new-clause', ...built }) : [];

  const showError = (message: string, findings?: Finding[]) => {
    setError({ message, ...(findings ? { findings } : {}) });
    requestAnimationFrame(() => errorRef.current?.scrollIntoView({ block: 'nearest' }));
  };

  const save = async () => {
    if (!built || problems.length) return showError(`The clause cannot be saved yet: ${problems.join(' ')}`);
    let clause: LibraryClause;
    if (entry) {
      const result = editClause(entry, built, draft.changeNote.trim() ? { changeNote: draft.changeNote.trim() } : {});
      if (!result.ok) return showError(result.message, result.findings);
      if (!result.value.changed) {
        notifications.show({ color: 'gray', title: 'Nothing to save', message: 'The clause is the same as its current version, so no new version was made.' });
        onClose();
        return;
      }
      clause = result.value.entry;
    } else {
      const result = createOwnClause(built);
      if (!result.ok) return showError(result.message, result.findings);
      clause = result.value;
    }
    setBusy(true);
    try {
      applyLibraryView(await call('library.saveClause', { clause, baseRevision: libraryRevision() }));
      const version = currentVersion(clause);
      notifications.show({
        color: 'teal',
        title: entry ? `Saved as version ${version.version}` : 'Clause added to your library',
        message: entry
          ? `“${version.title}”: tenders that use an earlier version keep it and are offered the update.`
          : `“${version.title}” can now be added to tenders.`,
      });
      onClose();
    } catch (e) {
      showError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const current = entry ? currentVersion(entry) : null;
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={entry ? `Edit “${current?.title}”` : 'New clause in your library'}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          {entry ? (
            <Text size="sm" c="gray.7">
              Currently version {current?.version}. Saving makes version {(current?.version ?? 0) + 1}; earlier versions are kept, and tenders built with them
              keep their text until they choose to update.
            </Text>
          ) : null}
          <TextInput data-autofocus required value={draft.title} {...guarded('title', 'Title', LIMITS.shortText, (v) => set({ title: v }))} />
          <Textarea
            autosize
            minRows={3}
            maxRows={12}
            value={draft.body}
            description="Use {{supplier}}, {{buyer}} and your parameters as {{name}}; write \{{ for literal braces."
            {...guarded('body', 'Clause text', LIMITS.longText, (v) => set({ body: v }))}
          />

          <Divider label="Sub-clauses" labelPosition="left" />
          {draft.subClauses.map((s, i) => (
            <Paper key={s.key} withBorder p="sm" radius="sm">
              <Stack gap={6}>
                <Group justify="space-between">
                  <Text fw={600} size="sm">
                    Sub-clause {i + 1}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove sub-clause ${i + 1}`}
                    onClick={() => set({ subClauses: draft.subClauses.filter((x) => x.key !== s.key) })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
                <TextInput value={s.heading} {...guarded(`sub-h-${s.key}`, `Heading of sub-clause ${i + 1}`, LIMITS.shortText, (v) => setSub(s.key, { heading: v }))} />
                <Textarea autosize minRows={2} maxRows={10} value={s.body} {...guarded(`sub-b-${s.key}`, `Text of sub-clause ${i + 1}`, LIMITS.longText, (v) => setSub(s.key, { body: v }))} />
                {s.items.map((item, j) => (
                  <Group key={item.key} gap={6} align="flex-end" wrap="nowrap" pl="md">
                    <Textarea
                      flex={1}
                      autosize
                      minRows={1}
                      maxRows={6}
                      value={item.body}
                      {...guarded(`item-${item.key}`, `Item (${String.fromCharCode(97 + j)}) of sub-clause ${i + 1}`, LIMITS.longText, (v) =>
                        setSub(s.key, { items: s.items.map((x) => (x.key === item.key ? { ...x, body: v } : x)) }),
                      )}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mb={4}
                      aria-label={`Remove item (${String.fromCharCode(97 + j)}) of sub-clause ${i + 1}`}
                      onClick={() => setSub(s.key, { items: s.items.filter((x) => x.key !== item.key) })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
                <Group>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconPlus size={12} aria-hidden />}
                    onClick={() => setSub(s.key, { items: [...s.items, { key: key(), id: newId('item'), body: '' }] })}
                  >
                    Add lettered item to sub-clause {i + 1}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          ))}
          <Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => set({ subClauses: [...draft.subClauses, { key: key(), id: newId('sub'), heading: '', body: '', items: [] }] })}
            >
              Add sub-clause
            </Button>
          </Group>

          <Divider label="Parameters" labelPosition="left" />
          {draft.params.map((p, i) => (
            <Paper key={p.key} withBorder p="sm" radius="sm">
              <Stack gap={6}>
                <Group justify="space-between">
                  <Text fw={600} size="sm">
                    Parameter {i + 1}
                    {p.name ? <Text span c="gray.7" size="sm">{` · {{${p.name}}}`}</Text> : null}
                  </Text>
                  <ActionIcon variant="subtle" color="red" aria-label={`Remove parameter ${i + 1}`} onClick={() => set({ params: draft.params.filter((x) => x.key !== p.key) })}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
                <Group grow align="flex-start">
                  <TextInput
                    label={`Name of parameter ${i + 1}`}
                    description="As written in the text, e.g. days_to_disclose"
                    value={p.name}
                    onChange={(e) => setParam(p.key, { name: e.currentTarget.value.slice(0, LIMITS.id) })}
                  />
                  <NativeSelect
                    label={`Type of parameter ${i + 1}`}
                    value={p.type}
                    onChange={(e) => setParam(p.key, { type: e.currentTarget.value as ParameterType })}
                    data={PARAMETER_TYPES.map((t) => ({ value: t, label: t }))}
                  />
                  <TextInput label={`Label of parameter ${i + 1}`} value={p.label} onChange={(e) => setParam(p.key, { label: e.currentTarget.value.slice(0, LIMITS.shortText) })} />
                </Group>
                <TextInput label={`Help for parameter ${i + 1}`} value={p.help} onChange={(e) => setParam(p.key, { help: e.currentTarget.value.slice(0, 1000) })} />
                <Group grow align="flex-start">
                  <TextInput
                    label={`Default of parameter ${i + 1}`}
                    description={p.type === 'date' ? 'YYYY-MM-DD' : p.type === 'choice' ? 'The value of one option' : undefined}
                    value={p.defaultValue}
                    onChange={(e) => setParam(p.key, { defaultValue: e.currentTarget.value.slice(0, LIMITS.shortText) })}
                  />
                  {p.type === 'number' ? (
                    <>
                      <TextInput label={`Minimum of parameter ${i + 1}`} value={p.min} inputMode="decimal" onChange={(e) => setParam(p.key, { min: e.currentTarget.value.slice(0, 30) })} />
                      <TextInput label={`Maximum of parameter ${i + 1}`} value={p.max} inputMode="decimal" onChange={(e) => setParam(p.key, { max: e.currentTarget.value.slice(0, 30) })} />
                      <TextInput label={`Unit of parameter ${i + 1}`} value={p.unit} onChange={(e) => setParam(p.key, { unit: e.currentTarget.value.slice(0, 40) })} />
                    </>
                  ) : null}
                </Group>
                {p.type === 'number' ? (
                  <Checkbox label={`Parameter ${i + 1} takes whole numbers only`} checked={p.integer} onChange={(e) => setParam(p.key, { integer: e.currentTarget.checked })} />
                ) : null}
                {p.type === 'choice' ? (
                  <Textarea
                    autosize
                    minRows={2}
                    label={`Options of parameter ${i + 1}`}
                    description="One per line: value | label | wording inserted in the contract"
                    value={p.options}
                    onChange={(e) => setParam(p.key, { options: e.currentTarget.value.slice(0, 10_000) })}
                  />
                ) : null}
              </Stack>
            </Paper>
          ))}
          <Group>
            <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => set({ params: [...draft.params, paramRow()] })}>
              Add parameter
            </Button>
          </Group>

          <Divider label="Tags and guidance" labelPosition="left" />
          <Group grow align="flex-start">
            <NativeSelect label="Topic" value={draft.topic} onChange={(e) => set({ topic: e.currentTarget.value as ClauseTopic })} data={topicOptions} />
            <NativeSelect label="Leverage category" value={draft.leverage} onChange={(e) => set({ leverage: e.currentTarget.value as LeverageCategory })} data={leverageOptions} />
            <NativeSelect label="Purpose" value={draft.purpose} onChange={(e) => set({ purpose: e.currentTarget.value as ClausePurpose })} data={purposeOptions} />
          </Group>
          <Checkbox.Group label="Moments of traction" value={draft.moments} onChange={(v) => set({ moments: v as MomentOfTraction[] })}>
            <div className="tw-leverage-grid tw-checkbox-grid">
              {momentOptions.map((m) => (
                <Checkbox key={m.value} value={m.value} label={m.label} />
              ))}
            </div>
          </Checkbox.Group>
          <Textarea autosize minRows={2} maxRows={8} value={draft.guidance} {...guarded('guidance', 'Guidance for buyers', LIMITS.longText, (v) => set({ guidance: v }))} />
          {entry ? (
            <TextInput
              value={draft.changeNote}
              description="Shown with the version, e.g. “Shorter deadline agreed with legal”."
              {...guarded('changeNote', 'What changed (optional)', LIMITS.shortText, (v) => set({ changeNote: v }))}
            />
          ) : null}

          {checks.length ? (
            <Alert color={checks.some((f) => f.severity === 'error') ? 'red' : 'yellow'} variant="light" title="Checks" role="region">
              <List size="sm" spacing={2}>
                {checks.map((f) => (
                  <List.Item key={f.id}>
                    {f.severity === 'error' ? 'Error: ' : 'Note: '}
                    {f.message} {f.fix}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {error ? (
            <Alert ref={errorRef} color="red" variant="light" title="Not saved" role="alert">
              <Text size="sm">{error.message}</Text>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {entry ? `Save as version ${(current?.version ?? 0) + 1}` : 'Add to your library'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

