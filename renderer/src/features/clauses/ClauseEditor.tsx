import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowBackUp, IconPencil, IconTrash } from '@tabler/icons-react';
import {
  clauseParts,
  declaredParameters,
  effectiveText,
  parsePlaceholders,
  revertText,
  setValues,
  type RenderedClause,
} from '@shared/clauses';
import type { ClauseInstance, ClauseText, LibraryClause, ParameterDef } from '@shared/model/clauses';
import { LIMITS } from '@shared/model/common';
import { useActions } from '../../store';
import { ClausePreview } from './ClausePreview';
import { ParameterField } from './ParameterField';
import { tooLongMessage } from '../../lib/textGuard';
import { UpdateNotice } from './UpdateNotice';

/** Parameters the clause's wording uses, standard ones (buyer, supplier) first. */
function usedParameters(instance: ClauseInstance): ParameterDef[] {
  const used = new Set<string>();
  for (const part of clauseParts(effectiveText(instance))) for (const p of parsePlaceholders(part.source)) used.add(p.name);
  return [...declaredParameters(instance.frozen.parameters).values()].filter((p) => used.has(p.name));
}

type TextField =
  | { kind: 'title' }
  | { kind: 'body' }
  | { kind: 'heading'; sub: number }
  | { kind: 'sub'; sub: number }
  | { kind: 'item'; sub: number; item: number };

const keyOf = (f: TextField) => ('item' in f ? `${f.kind}:${f.sub}:${f.item}` : 'sub' in f ? `${f.kind}:${f.sub}` : f.kind);

function withField(text: ClauseText, f: TextField, value: string): ClauseText {
  switch (f.kind) {
    case 'title':
      return { ...text, title: value };
    case 'body':
      return { ...text, body: value };
    default:
      return {
        ...text,
        subClauses: text.subClauses.map((sub, i) => {
          if (i !== f.sub) return sub;
          if (f.kind === 'heading') return { ...sub, heading: value };
          if (f.kind === 'sub') return { ...sub, body: value };
          return { ...sub, items: (sub.items ?? []).map((item, j) => (j === f.item ? { ...item, body: value } : item)) };
        }),
      };
  }
}

/** The tender's own wording of a clause: edited live (one undo step per field burst), revertible. */
function WordingEditor({
  instance,
  number,
  onChange,
}: {
  instance: ClauseInstance;
  number: string;
  onChange: (key: string, next: ClauseInstance) => void;
}) {
  const { t } = useTranslation('clauses');
  const { endEditBurst } = useActions();
  const [refused, setRefused] = useState<Record<string, string>>({});
  const text = instance.edited;
  if (!text) return null;

  const bind = (f: TextField, label: string, limit: number = LIMITS.longText) => {
    const key = keyOf(f);
    return {
      label,
      error: refused[key] ?? (f.kind === 'title' && !text.title.trim() ? t('editor.titleEmpty') : undefined),
      onBlur: endEditBurst,
      onChange: (e: { currentTarget: { value: string } }) => {
        const value = e.currentTarget.value;
        const tooLong = tooLongMessage(value, limit, label);
        setRefused((r) => {
          const { [key]: _old, ...rest } = r;
          return tooLong ? { ...rest, [key]: tooLong } : rest;
        });
        if (!tooLong) onChange(`wording:${key}`, { ...instance, edited: withField(text, f, value) });
      },
    };
  };

  return (
    <Stack gap="sm" data-testid="wording-editor">
      <TextInput value={text.title} {...bind({ kind: 'title' }, t('editor.titleOf', { number }), LIMITS.shortText)} />
      <Textarea autosize minRows={2} maxRows={12} value={text.body} {...bind({ kind: 'body' }, t('editor.textOf', { number }))} />
      {text.subClauses.map((sub, i) => (
        <Stack key={sub.id} gap={6} pl="md" className="tw-wording-sub">
          <TextInput
            value={sub.heading ?? ''}
            {...bind({ kind: 'heading', sub: i }, t('editor.headingOfSub', { number: `${number}.${i + 1}` }), LIMITS.shortText)}
          />
          <Textarea
            autosize
            minRows={2}
            maxRows={12}
            value={sub.body}
            {...bind({ kind: 'sub', sub: i }, t('editor.textOfSub', { number: `${number}.${i + 1}` }))}
          />
          {(sub.items ?? []).map((item, j) => (
            <Textarea
              key={item.id}
              autosize
              minRows={1}
              maxRows={8}
              ml="md"
              value={item.body}
              {...bind(
                { kind: 'item', sub: i, item: j },
                t('editor.itemOf', { letter: String.fromCharCode(97 + j), number: `${number}.${i + 1}` }),
              )}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

/** The selected clause of the tender: its template status, parameters, findings, wording and preview. */
export function ClauseEditor({
  instance,
  rendered,
  library,
  onRemove,
}: {
  instance: ClauseInstance;
  rendered: RenderedClause;
  library: readonly LibraryClause[];
  onRemove: () => void;
}) {
  const { t } = useTranslation('clauses');
  const { changeContent, endEditBurst } = useActions();
  const parameters = usedParameters(instance);
  const errors = rendered.findings.filter((f) => f.severity === 'error');
  const byParameter = new Map<string, string>();
  for (const f of rendered.findings)
    if (f.parameter && (f.code === 'unfilled' || f.code === 'invalid-value') && !byParameter.has(f.parameter))
      byParameter.set(f.parameter, f.message);
  const otherFindings = rendered.findings.filter((f) => !(f.parameter && (f.code === 'unfilled' || f.code === 'invalid-value')));
  const number = rendered.number;

  const apply = (key: string | null, next: ClauseInstance) =>
    changeContent(key, (c) => ({ ...c, clauses: c.clauses.map((i) => (i.id === instance.id ? next : i)) }));

  const startEditing = () => {
    endEditBurst();
    apply(null, { ...instance, edited: structuredClone(effectiveText(instance)) });
  };
  const revert = () => {
    endEditBurst();
    apply(null, revertText(instance));
    notifications.show({
      color: 'teal',
      title: t('editor.restored'),
      message: t('editor.restoredMessage', { number }),
    });
  };

  const headingId = `clause-editor-${instance.id}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid="clause-editor"
      data-clause-id={instance.id}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} size="h3" id={headingId}>
              <span className="tw-clause-number">{number}</span> {rendered.title}
            </Title>
            <Group gap={6} mt={6} className="tw-tags">
              <Badge variant="light" color={instance.templateOrigin === 'own' ? 'violet' : 'gray'}>
                {instance.templateOrigin === 'own' ? t('origin.own') : t('origin.builtin')}
              </Badge>
              <Badge variant="outline" color="gray">
                {t('editor.templateVersion', { version: instance.templateVersion })}
              </Badge>
              {instance.edited ? (
                <Badge variant="light" color="orange">
                  {t('tender.ownWording')}
                </Badge>
              ) : null}
              {errors.length ? (
                <Badge variant="light" color="red">
                  {t('editor.problems', { count: errors.length })}
                </Badge>
              ) : (
                <Badge variant="light" color="teal">
                  {t('tender.complete')}
                </Badge>
              )}
            </Group>
          </div>
          <Button variant="default" className="tw-flex-none" leftSection={<IconTrash size={16} aria-hidden />} onClick={onRemove}>
            {t('editor.remove')}
          </Button>
        </Group>

        <UpdateNotice instance={instance} library={library} onApply={(next) => apply(null, next)} />

        <section aria-labelledby={`${headingId}-preview`}>
          <Title order={3} size="h5" id={`${headingId}-preview`} mb={6}>
            {t('editor.preview')}
          </Title>
          <Paper
            bg="var(--tw-inset)"
            p="md"
            radius="sm"
            className="tw-preview tw-preview-box"
            tabIndex={0}
            aria-label={t('editor.previewOf', { number })}
          >
            <ClausePreview clause={rendered} headingLevel={4} />
          </Paper>
          {errors.length ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('editor.highlighted')}
            </Text>
          ) : null}
        </section>

        <section aria-labelledby={`${headingId}-params`}>
          <Title order={3} size="h5" id={`${headingId}-params`} mb={4}>
            {t('editor.parameters')}
          </Title>
          {parameters.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('editor.noParameters')}
            </Text>
          ) : (
            <Stack gap="sm">
              {parameters.map((def) => (
                <ParameterField
                  key={`${instance.id}:${def.name}`}
                  def={def}
                  value={instance.values[def.name]}
                  error={byParameter.get(def.name)}
                  onBlur={endEditBurst}
                  onChange={(value) => apply(`clause:${instance.id}:${def.name}`, setValues(instance, { [def.name]: value }))}
                />
              ))}
            </Stack>
          )}
        </section>

        {otherFindings.length ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('editor.toFix')} role="region">
            <List size="sm" spacing={4}>
              {otherFindings.map((f) => (
                <List.Item key={f.id}>
                  {f.message}{' '}
                  <Text span size="sm" c="dimmed">
                    {f.fix}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}

        <section aria-labelledby={`${headingId}-wording`}>
          <Group justify="space-between" mb={6}>
            <Title order={3} size="h5" id={`${headingId}-wording`}>
              {t('editor.wording')}
            </Title>
            {instance.edited ? (
              <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={revert}>
                {t('editor.revert')}
              </Button>
            ) : (
              <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={startEditing}>
                {t('editor.edit')}
              </Button>
            )}
          </Group>
          {instance.edited ? (
            <>
              <Text size="sm" c="dimmed" mb="xs">
                {t('editor.editingHint', { example: '{{supplier}}', escape: '\\{{' })}
              </Text>
              <WordingEditor instance={instance} number={number} onChange={apply} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('editor.templateWording')}
            </Text>
          )}
        </section>
      </Stack>
    </Paper>
  );
}
