import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { findClause, leverageCoverage, type CoverageItem } from '@shared/clauses';
import {
  CLAUSE_PURPOSE_LABELS,
  CLAUSE_PURPOSES,
  CLAUSE_TOPIC_LABELS,
  CLAUSE_TOPICS,
  LEVERAGE_CATEGORIES,
  LEVERAGE_CATEGORY_DESCRIPTIONS,
  LEVERAGE_CATEGORY_LABELS,
  MOMENT_LABELS,
  MOMENTS_OF_TRACTION,
  type LibraryClause,
} from '@shared/model/clauses';
import type { TenderContent } from '@shared/model/tender';
import { MatrixTable, type MatrixColumn } from '../../components/MatrixTable';
import { SectionPanel } from '../../components/SectionPanel';
import { Term } from '../../components/Term';
import { LEVERAGE_TERMS } from './labels';

function ItemList({ items, empty }: { items: CoverageItem[]; empty: string }) {
  if (!items.length) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <ul className="tw-plain-list">
      {items.map((item) => (
        <li key={item.instanceId}>
          <Text size="sm" span>
            <span className="tw-clause-number">{item.number}</span> {item.title}
          </Text>
        </li>
      ))}
    </ul>
  );
}

const MOMENT_COLUMNS: readonly MatrixColumn[] = [
  { key: 'moment', label: 'Moment' },
  { key: 'clauses', label: 'Clauses' },
];

/**
 * Where the tender's leverage sits: its clauses by leverage category (A-E), by moment of traction and by
 * purpose, and the topics no clause covers yet, each with library clauses that would cover it.
 */
export function LeverageView({
  content,
  library,
  onAdd,
}: {
  content: TenderContent;
  library: readonly LibraryClause[];
  onAdd: (entry: LibraryClause) => void;
}) {
  const coverage = leverageCoverage(content.clauses, library);
  const covered = coverage.coveredTopics.length;

  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h4">
          Leverage coverage
        </Title>
        <Text size="sm" c="dimmed">
          Which kinds of <Term id="leverage">leverage</Term> the tender’s clauses use, at which <Term id="moment-of-traction">moments</Term>
          , and which disclosure topics are still open. Leverage is strongest when built into the contract from the start.
        </Text>
      </div>

      <SectionPanel
        headingId="uncovered-heading"
        order={3}
        title="Topics not yet covered"
        actions={
          <Badge variant="light" color={coverage.missingTopics.length ? 'orange' : 'teal'}>
            {covered} of {CLAUSE_TOPICS.length} topics covered
          </Badge>
        }
      >
        {coverage.missingTopics.length === 0 ? (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} aria-hidden />}>
            Every disclosure topic has at least one clause.
          </Alert>
        ) : (
          <ul className="tw-plain-list" aria-label="Topics not yet covered" data-testid="uncovered-topics">
            {coverage.missingTopics.map((topic) => {
              const suggestions = coverage.suggestions[topic] ?? [];
              return (
                <li key={topic} className="tw-topic-row">
                  <Text fw={600} size="sm" mt={2}>
                    {CLAUSE_TOPIC_LABELS[topic]}
                  </Text>
                  {suggestions.length ? (
                    <Group gap={6}>
                      {suggestions.slice(0, 3).map((s) => {
                        const entry = findClause(library, s.templateId);
                        return entry ? (
                          <Button
                            key={s.templateId}
                            size="compact-sm"
                            variant="light"
                            leftSection={<IconPlus size={14} aria-hidden />}
                            onClick={() => onAdd(entry)}
                          >
                            Add “{s.title}”
                          </Button>
                        ) : null;
                      })}
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      No active library clause covers this topic.
                    </Text>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </SectionPanel>

      <SectionPanel headingId="by-category-heading" order={3} title="By leverage category" framed={false}>
        <div className="tw-leverage-grid">
          {LEVERAGE_CATEGORIES.map((c) => (
            <SectionPanel
              key={c}
              headingId={`lev-${c}`}
              order={4}
              size="h6"
              padding="md"
              testId={`leverage-${c}`}
              title={<Term id={LEVERAGE_TERMS[c]}>{LEVERAGE_CATEGORY_LABELS[c]}</Term>}
              description={LEVERAGE_CATEGORY_DESCRIPTIONS[c]}
              actions={
                <Badge
                  variant={coverage.byCategory[c].length ? 'filled' : 'outline'}
                  color={coverage.byCategory[c].length ? 'indigo' : 'gray'}
                >
                  {coverage.byCategory[c].length}
                </Badge>
              }
            >
              <ItemList items={coverage.byCategory[c]} empty="No clause uses this kind of leverage yet." />
            </SectionPanel>
          ))}
        </div>
      </SectionPanel>

      <SectionPanel
        headingId="by-moment-heading"
        order={3}
        title={
          <>
            By <Term id="moment-of-traction">moment of traction</Term>
          </>
        }
      >
        <MatrixTable
          testId="moments-table"
          verticalSpacing={6}
          columns={MOMENT_COLUMNS}
          rows={MOMENTS_OF_TRACTION}
          rowKey={(m) => m}
          rowHeader={(m) => MOMENT_LABELS[m]}
          rowHeaderProps={(m) => ({ fw: coverage.byMoment[m].length ? 600 : 400 })}
          cells={(m) => [
            coverage.byMoment[m].length ? (
              coverage.byMoment[m].map((i) => `${i.number} ${i.title}`).join('; ')
            ) : (
              <Text span size="sm" c="dimmed">
                None yet
              </Text>
            ),
          ]}
        />
      </SectionPanel>

      <SectionPanel
        headingId="by-purpose-heading"
        order={3}
        title={<Term id="clause-purpose">By purpose</Term>}
        description="From hard to soft. Persuasion changes behaviour more often than obligation; a balanced tender uses both."
      >
        <List spacing={6} size="sm" listStyleType="none" pl={0}>
          {CLAUSE_PURPOSES.map((p) => (
            <List.Item key={p}>
              <Text span fw={600} size="sm">
                {CLAUSE_PURPOSE_LABELS[p]} ({coverage.byPurpose[p].length}):
              </Text>{' '}
              {coverage.byPurpose[p].length ? coverage.byPurpose[p].map((i) => `${i.number} ${i.title}`).join('; ') : 'none yet'}
            </List.Item>
          ))}
        </List>
      </SectionPanel>
    </Stack>
  );
}
