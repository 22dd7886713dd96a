import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert, Button, Checkbox, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconRefresh } from '@tabler/icons-react';
import { diffWithNewer, templateState, updateToNewer, type ClauseDiff, type DiffPart, type ParameterChange } from '@shared/clauses';
import type { ClauseInstance, LibraryClause } from '@shared/model/clauses';
import { parameterTypeLabel } from './labels';

function Words({ parts }: { parts: DiffPart[] }) {
  const { t } = useTranslation('clauses');
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          <ins key={i} className="tw-diff-added">
            <VisuallyHidden>{t('diff.addedStart')}</VisuallyHidden>
            {p.text}
            <VisuallyHidden>{t('diff.end')}</VisuallyHidden>
          </ins>
        ) : (
          <del key={i} className="tw-diff-removed">
            <VisuallyHidden>{t('diff.removedStart')}</VisuallyHidden>
            {p.text}
            <VisuallyHidden>{t('diff.end')}</VisuallyHidden>
          </del>
        ),
      )}
    </>
  );
}

function describeParameter(change: ParameterChange, t: TFunction): string {
  if (change.kind === 'added')
    return change.to.default !== undefined
      ? t('clauses:diff.parameterAddedWithDefault', { label: change.to.label, value: String(change.to.default) })
      : t('clauses:diff.parameterAdded', { label: change.to.label });
  if (change.kind === 'removed') return t('clauses:diff.parameterRemoved', { label: change.from.label });
  const what: string[] = [];
  if (change.from.label !== change.to.label) what.push(t('clauses:diff.labelChange', { from: change.from.label, to: change.to.label }));
  if (change.from.type !== change.to.type)
    what.push(t('clauses:diff.typeChange', { from: parameterTypeLabel(change.from.type), to: parameterTypeLabel(change.to.type) }));
  if (JSON.stringify(change.from.default) !== JSON.stringify(change.to.default)) {
    const none = t('clauses:diff.none');
    what.push(t('clauses:diff.defaultChange', { from: String(change.from.default ?? none), to: String(change.to.default ?? none) }));
  }
  return what.length
    ? t('clauses:diff.parameterChangedDetails', { label: change.to.label, details: what.join(t('clauses:diff.separator')) })
    : t('clauses:diff.parameterChanged', { label: change.to.label });
}

/** What changed between the version the tender uses and the newer one, part by part, word by word. */
export function ClauseDiffView({ diff }: { diff: ClauseDiff }) {
  const { t } = useTranslation('clauses');
  const KIND = { changed: t('diff.changed'), added: t('diff.new'), removed: t('diff.removed') } as const;
  const changed = diff.sections.filter((s) => s.kind !== 'same');
  return (
    <Stack gap="xs" data-testid="clause-diff">
      <Title order={4} size="h6">
        {t('diff.heading', { from: diff.fromVersion, to: diff.toVersion })}
      </Title>
      {changed.length === 0 ? <Text size="sm">{t('diff.sameWording')}</Text> : null}
      {changed.map((s) => (
        <div key={s.key} className="tw-diff-section" data-kind={s.kind}>
          <Text size="xs" fw={700} c="dimmed" component="div">
            {s.label} · {s.kind === 'same' ? '' : KIND[s.kind]}
          </Text>
          <Text size="sm" component="div">
            <Words parts={s.words} />
          </Text>
        </div>
      ))}
      {diff.parameters.length ? (
        <List size="sm" spacing={2}>
          {diff.parameters.map((p) => (
            <List.Item key={p.name}>{describeParameter(p, t)}</List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}

/**
 * Where a tender clause stands against its template: a newer version is offered with its changes and
 * an opt-in update (never applied on its own); a deleted template is explained (the tender keeps its copy).
 */
export function UpdateNotice({
  instance,
  library,
  onApply,
}: {
  instance: ClauseInstance;
  library: readonly LibraryClause[];
  onApply: (next: ClauseInstance) => void;
}) {
  const { t } = useTranslation('clauses');
  const [open, setOpen] = useState(false);
  const [discardEdit, setDiscardEdit] = useState(false);
  const state = templateState(instance, library);

  if (state.state === 'missing') {
    return (
      <Alert color="gray" variant="light" icon={<IconArchive size={18} aria-hidden />} title={t('update.deletedTitle')}>
        <Text size="sm">{t('update.deletedMessage', { version: instance.templateVersion })}</Text>
      </Alert>
    );
  }
  if (state.state === 'current') return null;

  const diff = diffWithNewer(instance, library);
  if (!diff) return null;

  const update = () => {
    const result = updateToNewer(instance, library, { discardEditedText: discardEdit });
    if (!result.ok) {
      notifications.show({ color: 'red', title: t('update.failed'), message: result.message });
      return;
    }
    const { dropped, added, editedTextKept } = result.value;
    const labels = new Map(result.value.instance.frozen.parameters.map((p) => [p.name, p.label.trim() || p.name]));
    onApply(result.value.instance);
    const notes = [
      dropped.length
        ? t('update.cleared', { list: dropped.map((d) => t('update.clearedItem', { label: d.label, reason: d.reason })).join('; ') })
        : '',
      added.length ? t('update.newParameters', { list: added.map((name) => labels.get(name) ?? name).join(', ') }) : '',
      editedTextKept ? t('update.wordingKept') : '',
    ].filter(Boolean);
    notifications.show({
      color: 'teal',
      title: t('update.updated', { version: diff.toVersion }),
      message: notes.length ? notes.join(' ') : t('update.allKept'),
    });
    setOpen(false);
  };

  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconRefresh size={18} aria-hidden />}
      title={t('update.newer', { from: diff.fromVersion, to: diff.toVersion })}
      data-testid="update-notice"
    >
      <Stack gap="sm">
        <Text size="sm">{t('update.explain')}</Text>
        {open ? <ClauseDiffView diff={diff} /> : null}
        {diff.hasEditedText ? (
          <Checkbox label={t('update.discardEdit')} checked={discardEdit} onChange={(e) => setDiscardEdit(e.currentTarget.checked)} />
        ) : null}
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? t('update.hide') : t('update.show')}
          </Button>
          <Button size="xs" onClick={update}>
            {t('update.apply', { version: diff.toVersion })}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
