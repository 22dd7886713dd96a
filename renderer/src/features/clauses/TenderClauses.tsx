import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBooks, IconGavel } from '@tabler/icons-react';
import { moveClause, orderedInstances, removeClause, renderClauses, templateState } from '@shared/clauses';
import type { LibraryClause } from '@shared/model/clauses';
import type { TenderContent } from '@shared/model/tender';
import { clauseParts } from '@shared/rules/removal';
import { confirmRemoval } from '../../components/confirm';
import { EmptyNotice } from '../../components/EmptyNotice';
import { useActions } from '../../store';
import { ClauseEditor } from './ClauseEditor';
import { SortableList } from '../../components/SortableList';

/** The tender's clauses in contract order (reorderable), with the selected one open beside the list. */
export function TenderClauses({
  content,
  library,
  selectedId,
  onSelect,
  onBrowse,
}: {
  content: TenderContent;
  library: readonly LibraryClause[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onBrowse: () => void;
}) {
  const { changeContent, undo } = useActions();
  const ordered = orderedInstances(content.clauses);
  const rendered = renderClauses(content.clauses);
  const byId = new Map(rendered.clauses.map((c) => [c.instanceId, c]));
  const selected = ordered.find((i) => i.id === selectedId) ?? ordered[0];

  if (!selected) {
    return (
      <EmptyNotice
        icon={IconGavel}
        title="No clauses in this tender yet"
        description="Add disclosure and due-diligence clauses from the library, then fill in their parameters here."
        action={{ label: 'Browse the clause library', icon: IconBooks, onClick: onBrowse }}
      />
    );
  }

  const move = (id: string, to: number) => changeContent(null, (c) => ({ ...c, clauses: moveClause(c.clauses, id, to) }));

  const remove = (id: string) => {
    const instance = ordered.find((i) => i.id === id);
    confirmRemoval('Clause', byId.get(id)?.title ?? '', instance ? clauseParts(instance) : [], () => removeNow(id));
  };

  const removeNow = (id: string) => {
    const index = ordered.findIndex((i) => i.id === id);
    const title = byId.get(id)?.title ?? 'The clause';
    const neighbour = ordered[index + 1] ?? ordered[index - 1];
    changeContent(null, (c) => ({ ...c, clauses: removeClause(c.clauses, id) }));
    onSelect(neighbour?.id ?? null);
    notifications.show({
      id: `clause-removed-${id}`,
      title: 'Clause removed',
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">“{title}” was removed from the tender.</Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              notifications.hide(`clause-removed-${id}`);
              undo();
              onSelect(id);
            }}
          >
            Undo
          </Button>
        </Group>
      ),
    });
  };

  const problems = rendered.findings.filter((f) => f.severity === 'error').length;

  return (
    <div className="tw-cl-layout">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="tender-clauses-heading" className="tw-cl-sticky">
        <Title order={2} size="h5" id="tender-clauses-heading">
          Clauses in this tender
        </Title>
        <Text size="xs" c="dimmed" mb="sm" role="status">
          {ordered.length === 1 ? '1 clause' : `${ordered.length} clauses`} ·{' '}
          {problems ? `${problems} ${problems === 1 ? 'problem' : 'problems'} to fix before export` : 'all complete'}
        </Text>
        <SortableList
          items={ordered}
          getId={(i) => i.id}
          getLabel={(i, index) => `clause ${index + 1}, ${byId.get(i.id)?.title ?? ''}`}
          label="Clauses in contract order"
          noun="clause"
          className="tw-sortable"
          onMove={move}
          itemClassName={() => undefined}
          renderItem={(inst, index, { handle, moveButtons }) => {
            const r = byId.get(inst.id);
            const errors = r?.findings.filter((f) => f.severity === 'error').length ?? 0;
            const state = templateState(inst, library).state;
            const isSelected = inst.id === selected.id;
            return (
              <div className="tw-row" data-selected={isSelected || undefined} data-testid="clause-row">
                {handle}
                <div className="tw-row-main">
                  <button
                    type="button"
                    className="tw-row-select"
                    aria-current={isSelected ? 'true' : undefined}
                    onClick={() => onSelect(inst.id)}
                  >
                    <span className="tw-clause-number">{index + 1}</span> <span>{r?.title}</span>
                  </button>
                  <Group gap={4} mt={4} pl={4} className="tw-tags">
                    {errors ? (
                      <Badge size="xs" variant="light" color="red">
                        {errors} to fix
                      </Badge>
                    ) : (
                      <Badge size="xs" variant="light" color="teal">
                        Complete
                      </Badge>
                    )}
                    {state === 'newer-version' ? (
                      <Badge size="xs" variant="light" color="blue">
                        Update available
                      </Badge>
                    ) : null}
                    {state === 'missing' ? (
                      <Badge size="xs" variant="light" color="gray">
                        Template deleted
                      </Badge>
                    ) : null}
                    {inst.edited ? (
                      <Badge size="xs" variant="light" color="orange">
                        Own wording
                      </Badge>
                    ) : null}
                  </Group>
                </div>
                {moveButtons}
              </div>
            );
          }}
        />
      </Paper>
      <Stack gap="md">
        {(() => {
          const r = byId.get(selected.id);
          return r ? (
            <ClauseEditor key={selected.id} instance={selected} rendered={r} library={library} onRemove={() => remove(selected.id)} />
          ) : null;
        })()}
      </Stack>
    </div>
  );
}
