/**
 * A finding is one thing wrong with (or worth knowing about) a tender. The rules produce them; the
 * editor shows each one next to the field it concerns, and the exporters refuse while any error remains.
 */

export type FindingSeverity = 'error' | 'warning' | 'info';

/** What every kind of finding has: criteria, clause, tender-wide and evaluation findings extend it. */
export interface BaseFinding<Severity extends string = FindingSeverity> {
  /** Stable across runs for the same problem, so the UI can use it as a key. */
  id: string;
  severity: Severity;
  /** What is wrong, in plain words. */
  message: string;
}

export interface Finding extends BaseFinding {
  /** Which rule produced it, e.g. "weight-total". */
  code: string;
  lotId: string;
  criterionId?: string;
  requirementId?: string;
  /** The field the finding concerns, e.g. "weight", "name", "scoring.descriptors". */
  field?: string;
  /** How to fix it. */
  fix: string;
}

/** Findings about the organisation's settings rather than a lot. */
export type SettingsFinding = Omit<Finding, 'lotId' | 'criterionId' | 'requirementId'>;

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** True when at least one error-level finding remains: exports must refuse. */
export function hasBlockingFindings(findings: readonly Pick<Finding, 'severity'>[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** The error-level findings, for the "cannot export because…" list. */
export function blockingFindings<T extends Pick<Finding, 'severity'>>(findings: readonly T[]): T[] {
  return findings.filter((f) => f.severity === 'error');
}

/** Errors first, then warnings, then information; otherwise the rules' own order is kept. */
export function sortBySeverity<T extends Pick<Finding, 'severity'>>(findings: readonly T[]): T[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** The findings that stop an export, with a one-line summary for the refusal message. */
export function exportBlockers<T extends BaseFinding>(findings: readonly T[]): { blocking: T[]; summary: string } {
  const blocking = blockingFindings(findings);
  const summary =
    blocking.length === 0
      ? ''
      : `Export refused: ${blocking.length} problem${blocking.length === 1 ? '' : 's'} must be fixed first: ${blocking.map((f) => f.message).join(' ')}`;
  return { blocking, summary };
}

/** The findings the editor shows beside one criterion (optionally one of its fields). */
export function findingsForCriterion(findings: readonly Finding[], criterionId: string, field?: string): Finding[] {
  return findings.filter((f) => f.criterionId === criterionId && (field === undefined || f.field === field));
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<FindingSeverity, number> {
  const counts: Record<FindingSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
