import { describe, expect, it } from 'vitest';
import { leverageCoverage } from '@shared/clauses/coverage';
import { addClause, moveClause } from '@shared/clauses/instances';
import { deleteOwnClause, duplicateClause } from '@shared/clauses/library';
import { CLAUSE_TOPICS, type ClauseInstance, type LibraryClause } from '@shared/model/clauses';
import { NOW, loadBuiltinClauses } from './helpers';

const builtins = loadBuiltinClauses();
const byId = (id: string) => builtins.find((c) => c.id === id) as LibraryClause;

function tenderWith(ids: string[]): ClauseInstance[] {
  let list: ClauseInstance[] = [];
  for (const id of ids) {
    const r = addClause(list, byId(id), { id: `i-${id}` });
    if (!r.ok) throw new Error(r.message);
    list = r.value;
  }
  return list;
}

describe('leverage coverage', () => {
  it('groups clauses by leverage category, moment of traction and purpose, with their numbers', () => {
    const clauses = tenderWith([
      'tier1-factory-disclosure',
      'data-sharing-public-buyers',
      'cooperation-worker-driven-monitoring',
      'escalation-letter-of-concern',
    ]);
    const c = leverageCoverage(clauses);
    expect(c.byCategory.A.map((i) => [i.number, i.instanceId])).toEqual([
      ['1', 'i-tier1-factory-disclosure'],
      ['4', 'i-escalation-letter-of-concern'],
    ]);
    expect(c.byCategory.C.map((i) => i.instanceId)).toEqual(['i-data-sharing-public-buyers']);
    expect(c.byCategory.D.map((i) => i.instanceId)).toEqual(['i-cooperation-worker-driven-monitoring']);
    expect(c.emptyCategories).toEqual(['B', 'E']);
    expect(c.byMoment['bid-qualification'].map((i) => i.instanceId)).toEqual(['i-tier1-factory-disclosure']);
    expect(c.byMoment['complaint-investigation'].map((i) => i.instanceId)).toEqual([
      'i-cooperation-worker-driven-monitoring',
      'i-escalation-letter-of-concern',
    ]);
    expect(c.emptyMoments).toContain('disbursement-of-funds');
    expect(c.byPurpose.persuade.map((i) => i.instanceId)).toEqual(['i-data-sharing-public-buyers', 'i-escalation-letter-of-concern']);
  });

  it('lists the topics not yet covered, in the standard order, with library suggestions', () => {
    const clauses = tenderWith([
      'tier1-factory-disclosure',
      'tier2-component-disclosure',
      'disclosure-update-on-change',
      'data-sharing-monitor',
      'non-retaliation',
    ]);
    const c = leverageCoverage(clauses, builtins);
    expect(c.coveredTopics).toEqual(['tier1-disclosure', 'tier2-disclosure', 'updates', 'data-sharing', 'non-retaliation']);
    expect(c.missingTopics).toEqual([
      'compliance-findings',
      'cooperation-with-monitors',
      'remedy',
      'escalation',
      'penalties',
      'incentives-extension',
    ]);
    expect(c.suggestions.penalties?.map((s) => s.templateId)).toEqual([
      'penalty-persistent-non-compliance',
      'payment-withholding-disclosure',
    ]);
    expect(c.suggestions['tier1-disclosure']).toBeUndefined();
  });

  it('an empty tender misses every topic; numbering follows reordering', () => {
    expect(leverageCoverage([]).missingTopics).toEqual([...CLAUSE_TOPICS]);
    const clauses = moveClause(tenderWith(['tier1-factory-disclosure', 'remedy-corrective-action']), 'i-remedy-corrective-action', 0);
    expect(leverageCoverage(clauses).byTopic.remedy[0]?.number).toBe('1');
  });

  it('still counts a clause whose own template was deleted (tags come from the frozen copy)', () => {
    const own = duplicateClause(byId('penalty-persistent-non-compliance'), { id: 'own-pen', now: NOW });
    const r = addClause([], own, { id: 'i1' });
    if (!r.ok) throw new Error(r.message);
    const lib = deleteOwnClause([own], 'own-pen');
    expect(lib.ok && lib.value).toEqual([]);
    expect(leverageCoverage(r.value, []).coveredTopics).toEqual(['penalties']);
  });
});
