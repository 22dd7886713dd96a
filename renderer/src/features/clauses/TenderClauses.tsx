import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('clauses');
  const { changeContent, undo } = useActions();
  const ordered = orderedInstances(content.clauses);
  const rendered = renderClauses(content.clauses);
  const byId = new Map(rendered.clauses.map((c) => [c.instanceId, c]));
  const selected = ordered.find((i) => i.id === selectedId) ?? ordered[0];

  if (!selected) {
    return (
      <EmptyNotice
        icon={IconGavel}
        title={t('tender.emptyTitle')}
        description={t('tender.emptyDescription')}
        action={{ label: t('tender.browse'), icon: IconBooks, onClick: onBrowse }}
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
    const title = byId.get(id)?.title ?? t('tender.theClause');
    const neighbour = ordered[index + 1] ?? ordered[index - 1];
    changeContent(null, (c) => ({ ...c, clauses: removeClause(c.clauses, id) }));
    onSelect(neighbour?.id ?? null);
    notifications.show({
      id: `clause-removed-${id}`,
      title: t('tender.removed'),
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">{t('tender.removedMessage', { title })}</Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              notifications.hide(`clause-removed-${id}`);
              undo();
              onSelect(id);
            }}
          >
            {t('tender.undo')}
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
          {t('tender.heading')}
        </Title>
        <Text size="xs" c="dimmed" mb="sm" role="status">
          {t('tender.clauseCount', { count: ordered.length })} ·{' '}
          {problems ? t('fullText.problems', { count: problems }) : t('tender.allComplete')}
        </Text>
        <SortableList
          items={ordered}
          getId={(i) => i.id}
          getLabel={(i, index) => t('tender.rowLabel', { number: index + 1, title: byId.get(i.id)?.title ?? '' })}
          label={t('tender.order')}
          kind="clause"
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
                        {t('tender.toFix', { count: errors })}
                      </Badge>
                    ) : (
                      <Badge size="xs" variant="light" color="teal">
                        {t('tender.complete')}
                      </Badge>
                    )}
                    {state === 'newer-version' ? (
                      <Badge size="xs" variant="light" color="blue">
                        {t('tender.updateAvailable')}
                      </Badge>
                    ) : null}
                    {state === 'missing' ? (
                      <Badge size="xs" variant="light" color="gray">
                        {t('tender.templateDeleted')}
                      </Badge>
                    ) : null}
                    {inst.edited ? (
                      <Badge size="xs" variant="light" color="orange">
                        {t('tender.ownWording')}
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
