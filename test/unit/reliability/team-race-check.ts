/**
 * The checks of the race drill (team-race.test.ts): what the children acknowledged, against what is
 * on disk at the end. Pure functions over parsed files, so a failure message can name the exact ack.
 * What they prove is written at the top of team-race.test.ts.
 */
import type { Library } from '@shared/model/library';
import type { Settings } from '@shared/model/settings';
import type { Tender } from '@shared/model/tender';
import type { RaceLine } from './team-race-child';

type Ack = Extract<RaceLine, { ok: true }>;
type SaveAck = Extract<Ack, { op: 'save' }>;
type ModerateAck = Extract<Ack, { op: 'moderate' }>;
type ImportAck = Extract<Ack, { op: 'import' }>;
type SettingsAck = Extract<Ack, { op: 'settings' }>;
type LibraryAck = Extract<Ack, { op: 'library' }>;

export interface Findings {
  /** An acknowledged write that is not on disk where it must be, or was overwritten unseen. */
  lost: string[];
  /** A revision number that names two different contents. */
  duplicates: string[];
  /** Anything else that should not be: a write nobody acknowledged, a record nobody made. */
  anomalies: string[];
}

export const noFindings = (): Findings => ({ lost: [], duplicates: [], anomalies: [] });

/** A version of the tender on disk: a backup, or the tender file itself. */
export interface Snapshot {
  source: string;
  tender: Tender;
}

/** The tender as the parent left it before the children started. */
export interface TenderBaseline {
  revision: number;
  description: string;
  moderationIds: string[];
  importIds: string[];
}

const describeAck = (ack: Ack) => `${ack.op} ${'marker' in ack ? ack.marker : ack.questionId} (r${ack.revision})`;

const recordIds = (tender: Tender, kind: 'moderations' | 'imports') =>
  new Set(tender.lots.flatMap((lot) => (lot.evaluation?.[kind] ?? []).map((entry) => entry.id)));

/** Two acknowledged writes of one document with the same revision. */
function sharedRevisions(acks: readonly Ack[], what: string, findings: Findings): void {
  const byRevision = new Map<number, Ack[]>();
  for (const ack of acks) byRevision.set(ack.revision, [...(byRevision.get(ack.revision) ?? []), ack]);
  for (const [revision, same] of byRevision) {
    if (same.length > 1)
      findings.duplicates.push(
        `${what}: revision ${revision} was acknowledged to ${same.length} writes: ${same.map(describeAck).join(', ')}`,
      );
  }
}

/**
 * The lost-update check for writes refused on a stale base: a write acknowledged at revision r2 and
 * based on revision b must not have replaced another acknowledged write of revision r with b < r < r2.
 * That write was on disk, unseen by the later one's author, when the later one was accepted.
 */
function overwrittenUnseen(acks: readonly (SaveAck | SettingsAck)[], what: string, findings: Findings): void {
  for (const later of acks) {
    for (const earlier of acks) {
      if (earlier.revision > later.base && earlier.revision < later.revision) {
        findings.lost.push(
          `${what}: ${earlier.marker} (r${earlier.revision}) was replaced by ${later.marker} (r${later.revision}), which was based on r${later.base} and never saw it`,
        );
      }
    }
  }
}

function sameSet(expected: Set<string>, actual: Set<string>, where: string, kind: string, findings: Findings): void {
  const missing = [...expected].filter((id) => !actual.has(id));
  const extra = [...actual].filter((id) => !expected.has(id));
  if (missing.length) findings.lost.push(`${where}: acknowledged ${kind} missing: ${missing.join(', ')}`);
  if (extra.length) findings.anomalies.push(`${where}: ${kind} nobody acknowledged by then: ${extra.join(', ')}`);
}

/**
 * One tender: the acks of every child, against each version still on disk (the tender file and the
 * backups kept) and the final file's records and audit trail.
 */
export function checkTender(
  tenderId: string,
  allAcks: readonly Ack[],
  baseline: TenderBaseline,
  snapshots: readonly Snapshot[],
  final: Tender,
  findings: Findings,
): void {
  const acks = allAcks.filter((ack): ack is SaveAck | ModerateAck | ImportAck => 'tenderId' in ack && ack.tenderId === tenderId);
  const saves = acks.filter((ack): ack is SaveAck => ack.op === 'save');
  const moderations = acks.filter((ack): ack is ModerateAck => ack.op === 'moderate');
  const imports = acks.filter((ack): ack is ImportAck => ack.op === 'import');
  const at = new Map(acks.map((ack) => [ack.revision, ack]));
  const what = `tender ${tenderId}`;

  sharedRevisions(acks, what, findings);
  for (const ack of acks)
    if (ack.revision <= baseline.revision)
      findings.duplicates.push(`${what}: ${describeAck(ack)} reuses a revision written before the race`);
  for (const save of saves)
    if (save.contentRevision !== save.revision)
      findings.anomalies.push(`${what}: ${describeAck(save)} came back with content revision ${save.contentRevision}`);
  overwrittenUnseen(saves, what, findings);

  for (const { source, tender } of snapshots) {
    const where = `${what}, ${source} (r${tender.revision})`;
    const ack = at.get(tender.revision);
    if (tender.revision > baseline.revision && !ack) findings.anomalies.push(`${where}: a write nobody acknowledged`);
    if (ack?.op === 'save' && (tender.description !== ack.marker || tender.contentRevision !== ack.revision)) {
      findings.duplicates.push(
        `${where}: holds "${tender.description}" (content r${tender.contentRevision}) but r${ack.revision} was acknowledged to ${ack.marker}`,
      );
    }
    if (ack?.op === 'moderate' && !recordIds(tender, 'moderations').has(ack.moderationId))
      findings.duplicates.push(`${where}: r${ack.revision} was acknowledged to moderation ${ack.moderationId}, which it does not hold`);
    if (ack?.op === 'import' && !recordIds(tender, 'imports').has(ack.importId))
      findings.duplicates.push(`${where}: r${ack.revision} was acknowledged to import ${ack.importId}, which it does not hold`);

    // The content a version holds is the one acknowledged at its content revision.
    const contentRevision = tender.contentRevision ?? tender.revision;
    const contentAck = saves.find((save) => save.revision === contentRevision);
    const expected = contentRevision <= baseline.revision ? baseline.description : contentAck?.marker;
    if (tender.description !== expected)
      findings.lost.push(
        `${where}: holds "${tender.description}" at content r${contentRevision}, acknowledged as ${expected ?? 'nothing'}`,
      );

    // Records only grow: a version holds exactly the records acknowledged at or before its revision.
    const upTo = <T extends Ack>(list: T[], id: (ack: T) => string) => list.filter((a) => a.revision <= tender.revision).map(id);
    sameSet(
      new Set([...baseline.moderationIds, ...upTo(moderations, (a) => a.moderationId)]),
      recordIds(tender, 'moderations'),
      where,
      'moderations',
      findings,
    );
    sameSet(
      new Set([...baseline.importIds, ...upTo(imports, (a) => a.importId)]),
      recordIds(tender, 'imports'),
      where,
      'imports',
      findings,
    );
  }

  const highest = Math.max(baseline.revision, ...acks.map((ack) => ack.revision));
  if (final.revision !== highest)
    findings.lost.push(`${what}: the file is at r${final.revision}, the highest acknowledged write r${highest}`);
  const audit = final.lots.flatMap((lot) => lot.evaluation?.audit ?? []);
  for (const ack of moderations) {
    if (!audit.some((entry) => entry.moderationId === ack.moderationId && entry.action === 'moderate'))
      findings.lost.push(`${what}: no audit entry for moderation ${ack.moderationId} (${ack.marker})`);
  }
  for (const ack of imports) {
    if (!audit.some((entry) => entry.importId === ack.importId && (entry.action === 'import' || entry.action === 'replace')))
      findings.lost.push(`${what}: no audit entry for import ${ack.importId} (${ack.marker})`);
  }
}

/** settings.json: the last acknowledged save is what is on disk, and no save replaced one it never saw. */
export function checkSettings(allAcks: readonly Ack[], baselineRevision: number, final: Settings, findings: Findings): SettingsAck[] {
  const acks = allAcks.filter((ack): ack is SettingsAck => ack.op === 'settings');
  sharedRevisions(acks, 'settings', findings);
  for (const ack of acks)
    if (ack.revision <= baselineRevision)
      findings.duplicates.push(`settings: ${describeAck(ack)} reuses a revision written before the race`);
  overwrittenUnseen(acks, 'settings', findings);
  const last = acks.reduce<SettingsAck | undefined>((best, ack) => (!best || ack.revision > best.revision ? ack : best), undefined);
  if (last && (final.revision !== last.revision || final.organisation !== last.marker)) {
    findings.lost.push(
      `settings: on disk r${final.revision} "${final.organisation}", last acknowledged r${last.revision} "${last.marker}"`,
    );
  }
  return acks;
}

/** library.json: every acknowledged question is there, recorded at the revision of its save. */
export function checkLibrary(allAcks: readonly Ack[], baselineRevision: number, final: Library, findings: Findings): LibraryAck[] {
  const acks = allAcks.filter((ack): ack is LibraryAck => ack.op === 'library');
  sharedRevisions(acks, 'library', findings);
  for (const ack of acks)
    if (ack.revision <= baselineRevision)
      findings.duplicates.push(`library: ${describeAck(ack)} reuses a revision written before the race`);
  const present = new Set(final.questions.map((q) => q.id));
  for (const ack of acks) {
    if (!present.has(ack.questionId)) findings.lost.push(`library: question ${ack.questionId} (r${ack.revision}) is not in library.json`);
    const recorded = final.itemRevisions?.[`question:${ack.questionId}`];
    if (recorded !== ack.revision)
      findings.anomalies.push(`library: question ${ack.questionId} acknowledged at r${ack.revision}, recorded at r${recorded}`);
  }
  const highest = Math.max(baselineRevision, ...acks.map((ack) => ack.revision));
  if ((final.revision ?? 0) !== highest)
    findings.lost.push(`library: library.json is at r${final.revision}, the highest acknowledged save r${highest}`);
  return acks;
}
