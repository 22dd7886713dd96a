import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconRefresh } from '@tabler/icons-react';
import { diffWithNewer, templateState, updateToNewer, type ClauseDiff, type DiffPart, type ParameterChange } from '@shared/clauses';
import type { ClauseInstance, LibraryClause } from '@shared/model/clauses';

function Words({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          <ins key={i} className="tw-diff-added">
            <VisuallyHidden>[added: </VisuallyHidden>
            {p.text}
            <VisuallyHidden>]</VisuallyHidden>
          </ins>
        ) : (
          <del key={i} className="tw-diff-removed">
            <VisuallyHidden>[removed: </VisuallyHidden>
            {p.text}
            <VisuallyHidden>]</VisuallyHidden>
          </del>
        ),
      )}
    </>
  );
}

function describeParameter(change: ParameterChange): string {
  if (change.kind === 'added')
    return `New parameter “${change.to.label}”${change.to.default !== undefined ? `, starting at ${String(change.to.default)}` : ''}.`;
  if (change.kind === 'removed') return `Parameter “${change.from.label}” is no longer used.`;
  const what: string[] = [];
  if (change.from.label !== change.to.label) what.push(`label “${change.from.label}” → “${change.to.label}”`);
  if (change.from.type !== change.to.type) what.push(`type ${change.from.type} → ${change.to.type}`);
  if (JSON.stringify(change.from.default) !== JSON.stringify(change.to.default)) {
    what.push(`default ${String(change.from.default ?? 'none')} → ${String(change.to.default ?? 'none')}`);
  }
  return `Parameter “${change.to.label}” changed${what.length ? `: ${what.join('; ')}` : ''}.`;
}

/** What changed between the version the tender uses and the newer one, part by part, word by word. */
export function ClauseDiffView({ diff }: { diff: ClauseDiff }) {
  const changed = diff.sections.filter((s) => s.kind !== 'same');
  return (
    <Stack gap="xs" data-testid="clause-diff">
      <Title order={4} size="h6">
        Changes from version {diff.fromVersion} to version {diff.toVersion}
      </Title>
      {changed.length === 0 ? <Text size="sm">The wording is the same; only the settings of the clause changed.</Text> : null}
      {changed.map((s) => (
        <div key={s.key} className="tw-diff-section" data-kind={s.kind}>
          <Text size="xs" fw={700} c="dimmed" component="div">
            {s.label} · {s.kind === 'changed' ? 'changed' : s.kind === 'added' ? 'new' : 'removed'}
          </Text>
          <Text size="sm" component="div">
            <Words parts={s.words} />
          </Text>
        </div>
      ))}
      {diff.parameters.length ? (
        <List size="sm" spacing={2}>
          {diff.parameters.map((p) => (
            <List.Item key={p.name}>{describeParameter(p)}</List.Item>
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
  const [open, setOpen] = useState(false);
  const [discardEdit, setDiscardEdit] = useState(false);
  const state = templateState(instance, library);

  if (state.state === 'missing') {
    return (
      <Alert color="gray" variant="light" icon={<IconArchive size={18} aria-hidden />} title="The template was deleted from the library">
        <Text size="sm">
          This tender keeps its own copy of the clause (version {instance.templateVersion}), so nothing here has changed.
        </Text>
      </Alert>
    );
  }
  if (state.state === 'current') return null;

  const diff = diffWithNewer(instance, library);
  if (!diff) return null;

  const update = () => {
    const result = updateToNewer(instance, library, { discardEditedText: discardEdit });
    if (!result.ok) {
      notifications.show({ color: 'red', title: 'The clause was not updated', message: result.message });
      return;
    }
    const { dropped, added, editedTextKept } = result.value;
    const labels = new Map(result.value.instance.frozen.parameters.map((p) => [p.name, p.label.trim() || p.name]));
    onApply(result.value.instance);
    const notes = [
      dropped.length ? `Cleared: ${dropped.map((d) => `${d.label} (${d.reason})`).join('; ')}.` : '',
      added.length ? `New parameters: ${added.map((name) => labels.get(name) ?? name).join(', ')}.` : '',
      editedTextKept ? 'Your own wording was kept.' : '',
    ].filter(Boolean);
    notifications.show({
      color: 'teal',
      title: `Clause updated to version ${diff.toVersion}`,
      message: notes.length ? notes.join(' ') : 'All filled-in values were kept. Ctrl+Z undoes the update.',
    });
    setOpen(false);
  };

  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconRefresh size={18} aria-hidden />}
      title={`A newer version of this clause is in the library (version ${diff.fromVersion} → ${diff.toVersion})`}
      data-testid="update-notice"
    >
      <Stack gap="sm">
        <Text size="sm">
          This tender keeps the text it was built with until you choose to update. Review the changes first; filled-in values are carried
          over where they still fit.
        </Text>
        {open ? <ClauseDiffView diff={diff} /> : null}
        {diff.hasEditedText ? (
          <Checkbox
            label="Also replace this tender’s own wording with the new template text"
            checked={discardEdit}
            onChange={(e) => setDiscardEdit(e.currentTarget.checked)}
          />
        ) : null}
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? 'Hide changes' : 'Show changes'}
          </Button>
          <Button size="xs" onClick={update}>
            Update to version {diff.toVersion}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
