/**
 * The race drill's checks find what they are meant to find: a drill whose checks pass on anything
 * proves nothing. Each case is a small made-up history with one known fault.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import type { Tender } from '@shared/model/tender';
import { fixtureLot, fixtureTender } from '../shared/evaluation/lotFixture';
import { checkSettings, checkTender, noFindings, type TenderBaseline } from './team-race-check';
import type { RaceLine } from './team-race-child';

type Ack = Extract<RaceLine, { ok: true }>;

const BASELINE: TenderBaseline = { revision: 7, description: 'baseline', moderationIds: [], importIds: [] };

const save = (revision: number, base: number, marker: string): Ack => ({
  op: 'save',
  ok: true,
  tenderId: 'tender-1',
  revision,
  contentRevision: revision,
  base,
  marker,
});
const moderate = (revision: number, moderationId: string): Ack => ({
  op: 'moderate',
  ok: true,
  tenderId: 'tender-1',
  revision,
  moderationId,
  marker: moderationId,
});

/** The tender at `revision` with `description` (content revision `contentRevision`) and these moderation ids. */
function version(revision: number, description: string, contentRevision = revision, moderationIds: string[] = []): Tender {
  const lot = fixtureLot();
  const moderations = moderationIds.map((id) => ({
    id,
    kind: 'score' as const,
    criterionId: 'c-q1',
    bidderId: 'b-acme',
    score: 3,
    rationale: id,
    by: 'Drill',
    at: '2026-11-01T10:00:00.000Z',
  }));
  const audit = moderationIds.map((id) => ({
    id: `aud-${id}`,
    at: '2026-11-01T10:00:00.000Z',
    by: 'Drill',
    action: 'moderate' as const,
    moderationId: id,
    summary: id,
  }));
  return { ...fixtureTender({ ...lot, evaluation: { ...lot.evaluation!, moderations, audit } }, revision), description, contentRevision };
}

function findingsFor(acks: Ack[], snapshots: Tender[]) {
  const findings = noFindings();
  checkTender(
    'tender-1',
    acks,
    BASELINE,
    snapshots.map((tender, i) => ({ source: `v${i}`, tender })),
    snapshots[0]!,
    findings,
  );
  return findings;
}

describe('race drill checks', () => {
  it('pass a consistent history of saves and records', () => {
    const acks = [save(8, 7, 'a'), moderate(9, 'm1'), save(10, 9, 'b')];
    const findings = findingsFor(acks, [version(10, 'b', 10, ['m1']), version(9, 'a', 8, ['m1']), version(8, 'a')]);
    expect(findings).toEqual(noFindings());
  });

  it('find a save that replaced another it never saw', () => {
    // b was based on r7 but accepted at r9, over a (r8): the store should have refused it.
    const findings = findingsFor([save(8, 7, 'a'), save(9, 7, 'b')], [version(9, 'b'), version(8, 'a')]);
    expect(findings.lost).toEqual([expect.stringContaining('a (r8) was replaced by b (r9), which was based on r7')]);
  });

  it('find one revision given to two contents, in the acks and on disk', () => {
    const twice = findingsFor([save(8, 7, 'a'), save(8, 7, 'b')], [version(8, 'b')]);
    expect(twice.duplicates).toEqual([expect.stringContaining('revision 8 was acknowledged to 2 writes: save a (r8), save b (r8)')]);
    const onDisk = findingsFor([save(8, 7, 'a')], [version(8, 'someone else')]);
    expect(onDisk.duplicates).toEqual([expect.stringContaining('holds "someone else" (content r8) but r8 was acknowledged to a')]);
  });

  it('find a moderation dropped by a later write, and a file behind the last ack', () => {
    const findings = findingsFor([moderate(8, 'm1'), save(9, 8, 'a')], [version(9, 'a'), version(8, 'baseline', 7, ['m1'])]);
    expect(findings.lost).toEqual([
      expect.stringContaining('acknowledged moderations missing: m1'),
      expect.stringContaining('no audit entry for moderation m1'),
    ]);
    const behind = findingsFor([save(8, 7, 'a')], [version(7, 'baseline')]);
    expect(behind.lost).toEqual([expect.stringContaining('the file is at r7, the highest acknowledged write r8')]);
  });

  it('find settings on disk other than the last acknowledged save', () => {
    const findings = noFindings();
    const acks: Ack[] = [
      { op: 'settings', ok: true, revision: 2, base: 1, marker: 'a' },
      { op: 'settings', ok: true, revision: 3, base: 2, marker: 'b' },
    ];
    checkSettings(acks, 1, { ...DEFAULT_SETTINGS, organisation: 'a', revision: 2 }, findings);
    expect(findings.lost).toEqual([expect.stringContaining('on disk r2 "a", last acknowledged r3 "b"')]);
  });
});
