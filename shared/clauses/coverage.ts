import {
  CLAUSE_PURPOSES,
  CLAUSE_TOPICS,
  LEVERAGE_CATEGORIES,
  MOMENTS_OF_TRACTION,
  type ClauseInstance,
  type ClausePurpose,
  type ClauseTags,
  type ClauseTopic,
  type LeverageCategory,
  type LibraryClause,
  type MomentOfTraction,
} from '../model/clauses';
import { orderedInstances, effectiveText } from './instances';
import { currentVersion } from './library';

/** A tender clause as the leverage view lists it. */
export interface CoverageItem {
  instanceId: string;
  /** The clause number in the tender ("3"). */
  number: string;
  title: string;
  tags: ClauseTags;
}

export interface LeverageCoverage {
  byCategory: Record<LeverageCategory, CoverageItem[]>;
  byMoment: Record<MomentOfTraction, CoverageItem[]>;
  byPurpose: Record<ClausePurpose, CoverageItem[]>;
  byTopic: Record<ClauseTopic, CoverageItem[]>;
  coveredTopics: ClauseTopic[];
  /** Topics no clause of the tender covers yet, in the standard topic order. */
  missingTopics: ClauseTopic[];
  /** Leverage categories and moments with no clause: where the tender has no leverage yet. */
  emptyCategories: LeverageCategory[];
  emptyMoments: MomentOfTraction[];
  /** Built-in or own templates (active) that would cover each missing topic. */
  suggestions: Partial<Record<ClauseTopic, { templateId: string; title: string }[]>>;
}

const emptyRecord = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, [] as CoverageItem[]])) as Record<K, CoverageItem[]>;

/**
 * Groups a tender's clauses by leverage category, moment of traction, purpose and topic, and lists the
 * topics not yet covered. Tags come from each clause's frozen copy, so a deleted template changes nothing.
 * Pass the library to get suggestions for the missing topics.
 */
export function leverageCoverage(instances: readonly ClauseInstance[], library: readonly LibraryClause[] = []): LeverageCoverage {
  const byCategory = emptyRecord(LEVERAGE_CATEGORIES);
  const byMoment = emptyRecord(MOMENTS_OF_TRACTION);
  const byPurpose = emptyRecord(CLAUSE_PURPOSES);
  const byTopic = emptyRecord(CLAUSE_TOPICS);
  orderedInstances(instances).forEach((inst, i) => {
    const tags = inst.frozen.tags;
    const item: CoverageItem = { instanceId: inst.id, number: String(i + 1), title: effectiveText(inst).title, tags };
    byCategory[tags.leverage].push(item);
    byPurpose[tags.purpose].push(item);
    byTopic[tags.topic].push(item);
    for (const m of tags.moments) byMoment[m].push(item);
  });
  const coveredTopics = CLAUSE_TOPICS.filter((t) => byTopic[t].length > 0);
  const missingTopics = CLAUSE_TOPICS.filter((t) => byTopic[t].length === 0);
  const suggestions: LeverageCoverage['suggestions'] = {};
  for (const topic of missingTopics) {
    const candidates = library
      .filter((e) => e.status === 'active' && currentVersion(e).tags.topic === topic)
      .map((e) => ({ templateId: e.id, title: currentVersion(e).title }));
    if (candidates.length) suggestions[topic] = candidates;
  }
  return {
    byCategory,
    byMoment,
    byPurpose,
    byTopic,
    coveredTopics,
    missingTopics,
    emptyCategories: LEVERAGE_CATEGORIES.filter((c) => byCategory[c].length === 0),
    emptyMoments: MOMENTS_OF_TRACTION.filter((m) => byMoment[m].length === 0),
    suggestions,
  };
}
