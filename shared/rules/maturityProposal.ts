import { MATURITY_LEVEL_NAMES, type MaturityLevel } from '../model/questions';

/*
 * The level the app proposes for an answer from a supplier's response form, for the officer to
 * confirm or change. A claim is only as strong as what backs it: the supplier's own self-assessment
 * is never exceeded, and evidence decides how much of it is believed.
 */

export interface MaturityProposal {
  level: MaturityLevel;
  /** One sentence for the officer. */
  reason: string;
}

/** Without evidence a claim stays at "Starting" at most; one document backs "Established" at most. */
const CAP_WITHOUT_EVIDENCE: MaturityLevel = 1;
const CAP_WITH_ONE_ITEM: MaturityLevel = 2;

const named = (level: MaturityLevel) => `${level} (${MATURITY_LEVEL_NAMES[level]})`;

export function proposeMaturity(selfAssessed: MaturityLevel | undefined, evidenceCount: number): MaturityProposal {
  if (selfAssessed === undefined) {
    const level: MaturityLevel = evidenceCount > 0 ? 1 : 0;
    return {
      level,
      reason: `No self-assessment was given, so the proposal is ${named(level)} ${evidenceCount > 0 ? 'from the evidence sent alone' : 'as no evidence was sent either'}.`,
    };
  }
  const cap = evidenceCount === 0 ? CAP_WITHOUT_EVIDENCE : evidenceCount === 1 ? CAP_WITH_ONE_ITEM : 3;
  if (selfAssessed <= cap) {
    return {
      level: selfAssessed,
      reason: `The supplier assessed itself at ${named(selfAssessed)} and the evidence sent (${evidenceCount} item${evidenceCount === 1 ? '' : 's'}) is enough to back that.`,
    };
  }
  const level = cap as MaturityLevel;
  return {
    level,
    reason:
      evidenceCount === 0
        ? `The supplier assessed itself at ${named(selfAssessed)} but sent no evidence, so the proposal is capped at ${named(level)}.`
        : `The supplier assessed itself at ${named(selfAssessed)} but sent only one piece of evidence, so the proposal is capped at ${named(level)}.`,
  };
}
