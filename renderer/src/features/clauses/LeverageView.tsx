import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { findClause, leverageCoverage, type CoverageItem } from '@shared/clauses';
import { CLAUSE_PURPOSES, CLAUSE_TOPICS, LEVERAGE_CATEGORIES, MOMENTS_OF_TRACTION, type LibraryClause } from '@shared/model/clauses';
import type { TenderContent } from '@shared/model/tender';
import { MatrixTable, type MatrixColumn } from '../../components/MatrixTable';
import { SectionPanel } from '../../components/SectionPanel';
import { Term } from '../../components/Term';
import { LEVERAGE_TERMS, leverageDescription, leverageLabel, momentLabel, purposeLabel, topicLabel } from './labels';

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

const momentColumns = (t: TFunction): readonly MatrixColumn[] => [
  { key: 'moment', label: t('clauses:coverage.moment') },
  { key: 'clauses', label: t('clauses:coverage.clauses') },
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
  const { t } = useTranslation('clauses');
  const coverage = leverageCoverage(content.clauses, library);
  const covered = coverage.coveredTopics.length;

  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h4">
          {t('screen.tabLeverage')}
        </Title>
        <Text size="sm" c="dimmed">
          <Trans
            t={t}
            ns="clauses"
            i18nKey="coverage.intro"
            components={{
              leverage: <Term id="leverage">{t('coverage.leverageTerm')}</Term>,
              moments: <Term id="moment-of-traction">{t('coverage.momentsTerm')}</Term>,
            }}
          />
        </Text>
      </div>

      <SectionPanel
        headingId="uncovered-heading"
        order={3}
        title={t('coverage.uncovered')}
        actions={
          <Badge variant="light" color={coverage.missingTopics.length ? 'orange' : 'teal'}>
            {t('coverage.covered', { covered, count: CLAUSE_TOPICS.length })}
          </Badge>
        }
      >
        {coverage.missingTopics.length === 0 ? (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} aria-hidden />}>
            {t('coverage.allCovered')}
          </Alert>
        ) : (
          <ul className="tw-plain-list" aria-label={t('coverage.uncovered')} data-testid="uncovered-topics">
            {coverage.missingTopics.map((topic) => {
              const suggestions = coverage.suggestions[topic] ?? [];
              return (
                <li key={topic} className="tw-topic-row">
                  <Text fw={600} size="sm" mt={2}>
                    {topicLabel(topic)}
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
                            {t('coverage.add', { title: s.title })}
                          </Button>
                        ) : null;
                      })}
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('coverage.noSuggestion')}
                    </Text>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </SectionPanel>

      <SectionPanel headingId="by-category-heading" order={3} title={t('coverage.byCategory')} framed={false}>
        <div className="tw-leverage-grid">
          {LEVERAGE_CATEGORIES.map((c) => (
            <SectionPanel
              key={c}
              headingId={`lev-${c}`}
              order={4}
              size="h6"
              padding="md"
              testId={`leverage-${c}`}
              title={<Term id={LEVERAGE_TERMS[c]}>{leverageLabel(c)}</Term>}
              description={leverageDescription(c)}
              actions={
                <Badge
                  variant={coverage.byCategory[c].length ? 'filled' : 'outline'}
                  color={coverage.byCategory[c].length ? 'indigo' : 'gray'}
                >
                  {coverage.byCategory[c].length}
                </Badge>
              }
            >
              <ItemList items={coverage.byCategory[c]} empty={t('coverage.categoryEmpty')} />
            </SectionPanel>
          ))}
        </div>
      </SectionPanel>

      <SectionPanel
        headingId="by-moment-heading"
        order={3}
        title={
          <Trans
            t={t}
            ns="clauses"
            i18nKey="coverage.byMoment"
            components={{ term: <Term id="moment-of-traction">{t('tags.momentTerm')}</Term> }}
          />
        }
      >
        <MatrixTable
          testId="moments-table"
          verticalSpacing={6}
          columns={momentColumns(t)}
          rows={MOMENTS_OF_TRACTION}
          rowKey={(m) => m}
          rowHeader={(m) => momentLabel(m)}
          rowHeaderProps={(m) => ({ fw: coverage.byMoment[m].length ? 600 : 400 })}
          cells={(m) => [
            coverage.byMoment[m].length ? (
              coverage.byMoment[m].map((i) => `${i.number} ${i.title}`).join('; ')
            ) : (
              <Text span size="sm" c="dimmed">
                {t('coverage.noneYet')}
              </Text>
            ),
          ]}
        />
      </SectionPanel>

      <SectionPanel
        headingId="by-purpose-heading"
        order={3}
        title={<Term id="clause-purpose">{t('coverage.byPurpose')}</Term>}
        description={t('coverage.purposeHelp')}
      >
        <List spacing={6} size="sm" listStyleType="none" pl={0}>
          {CLAUSE_PURPOSES.map((p) => (
            <List.Item key={p}>
              <Text span fw={600} size="sm">
                {t('coverage.purposeCount', { label: purposeLabel(p), count: coverage.byPurpose[p].length })}
              </Text>{' '}
              {coverage.byPurpose[p].length
                ? coverage.byPurpose[p].map((i) => `${i.number} ${i.title}`).join('; ')
                : t('coverage.noneYetLower')}
            </List.Item>
          ))}
        </List>
      </SectionPanel>
    </Stack>
  );
}
