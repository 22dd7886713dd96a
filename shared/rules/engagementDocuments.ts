import type { ClauseTopic } from '../model/clauses';
import type { ContractDisclosures } from '../model/disclosures';
import { MATURITY_LEVEL_NAMES, type AnswerEntry, type MaturityLevel, type QaSupplier, type QuestionTheme } from '../model/questions';
import type { Tender } from '../model/tender';
import { orderedInstances, renderClauses } from '../clauses/instances';
import { disclosureObligations, type DisclosureObligation } from './disclosureDue';
import { longDate, withTenderParties } from './exportText';
import { findThread, orderedQuestions, sortEntries } from './qaAnswers';
import { addDays, openFollowUps, type OpenFollowUp } from './qaFollowUps';
import { questionMaturity, type Trend } from './qaMaturity';

/*
 * What the review-meeting report and the letter of concern say about one supplier of one tender,
 * worked out purely: the Word builders lay it out, the supplier page counts it for its buttons.
 */

export type EngagementTender = Pick<Tender, 'id' | 'title' | 'reference' | 'buyer' | 'clauses' | 'qa'>;

export interface EngagementInput {
  tender: EngagementTender;
  /** The tender's Q&A supplier. */
  supplierId: string;
  /** The supplier's name now (the register's, when it points at an entry). */
  supplierName: string;
  disclosures: ContractDisclosures | undefined;
  /** YYYY-MM-DD: overdue is measured against it. */
  today: string;
}

/** One occasion answers were given: a round, or a date for answers recorded outside any round. */
export interface AnswerOccasion {
  key: string;
  label: string;
  date: string;
}

export interface ReportAnswer {
  occasion: AnswerOccasion;
  entry: AnswerEntry;
  /** False while the level is only a proposal awaiting the officer's confirmation. */
  confirmed: boolean;
}

export interface QuestionHistory {
  questionId: string;
  question: string;
  theme: QuestionTheme;
  answers: ReportAnswer[];
  /** The level per occasion (the last answer given on it), null where none; same order as `occasions`. */
  levels: ({ level: MaturityLevel; confirmed: boolean } | null)[];
  trend: Trend;
}

export interface ProgressionSummary {
  improved: number;
  unchanged: number;
  regressed: number;
  /** Answered once so far. */
  first: number;
  unanswered: number;
}

export interface EngagementReportContent {
  supplier: QaSupplier;
  supplierName: string;
  occasions: AnswerOccasion[];
  questions: QuestionHistory[];
  progression: ProgressionSummary;
  followUps: OpenFollowUp[];
  obligations: DisclosureObligation[];
  /** Versions received, oldest first. */
  received: ContractDisclosures['versions'];
}

const NO_ROUND = 'date:';

/** The report's content, or null when the tender has no Q&A supplier with that id. */
export function engagementReportContent(input: EngagementInput): EngagementReportContent | null {
  const { tender, supplierId, today } = input;
  const supplier = tender.qa.suppliers.find((s) => s.id === supplierId);
  if (!supplier) return null;
  const rounds = new Map((tender.qa.rounds ?? []).map((r) => [r.id, r]));
  const selected = orderedQuestions(tender.qa);
  const occasionOf = (entry: AnswerEntry): AnswerOccasion => {
    const round = entry.roundId ? rounds.get(entry.roundId) : undefined;
    if (round) return { key: round.id, label: round.name, date: round.opensOn };
    return { key: `${NO_ROUND}${entry.date}`, label: `Recorded ${entry.date}`, date: entry.date };
  };
  const occasions = new Map<string, AnswerOccasion>();
  const perQuestion = selected.map((s) => {
    const entries = sortEntries(findThread(tender.qa, supplierId, s.questionId)?.entries ?? []);
    const answers = entries.map((entry) => {
      const occasion = occasionOf(entry);
      occasions.set(occasion.key, occasion);
      return { occasion, entry, confirmed: entry.awaitsConfirmation !== true };
    });
    return { s, entries, answers };
  });
  const ordered = [...occasions.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.label.localeCompare(b.label)));
  const questions: QuestionHistory[] = perQuestion.map(({ s, entries, answers }) => {
    const levels = ordered.map((o) => {
      const last = answers.filter((a) => a.occasion.key === o.key).pop();
      return last ? { level: last.entry.level, confirmed: last.confirmed } : null;
    });
    return {
      questionId: s.questionId,
      question: s.question.question,
      theme: s.question.theme,
      answers,
      levels,
      trend: questionMaturity(s.questionId, s.question.theme, entries).trend,
    };
  });
  const progression: ProgressionSummary = { improved: 0, unchanged: 0, regressed: 0, first: 0, unanswered: 0 };
  for (const q of questions) {
    if (q.trend === 'declined') progression.regressed += 1;
    else progression[q.trend] += 1;
  }
  return {
    supplier,
    supplierName: input.supplierName,
    occasions: ordered,
    questions,
    progression,
    followUps: openFollowUps(tender.qa, today).filter((f) => f.supplier.id === supplierId),
    obligations: disclosureObligations(tender, supplierId, input.disclosures, today),
    received: [...(input.disclosures?.versions ?? [])].sort((a, b) =>
      a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0,
    ),
  };
}

/** "2 Established". */
export const levelLabel = (level: MaturityLevel) => `${level} ${MATURITY_LEVEL_NAMES[level]}`;

// ---------------------------------------------------------------------------------------------------
// The letter of concern

/** The clause topics a question's theme touches, so a concern can cite the contract clause it rests on. */
const TOPICS_OF_THEME: Record<QuestionTheme, readonly ClauseTopic[]> = {
  'forced-labour': ['compliance-findings', 'remedy'],
  recruitment: ['compliance-findings', 'remedy'],
  'freedom-of-association': ['non-retaliation', 'cooperation-with-monitors'],
  'health-safety': ['compliance-findings', 'remedy'],
  'temporary-labour': ['compliance-findings'],
  'purchasing-practices': [],
  transparency: ['tier1-disclosure', 'tier2-disclosure', 'updates'],
  'grievance-remedy': ['remedy', 'non-retaliation', 'cooperation-with-monitors'],
  minerals: ['tier2-disclosure'],
};

export const LETTER_OF_CONCERN_TEMPLATE = 'escalation-letter-of-concern';
/** Calendar days to reply when the tender has no letter-of-concern clause setting them. */
export const DEFAULT_REPLY_DAYS = 14;

export interface ClauseReference {
  clauseId: string;
  /** "Clause 4 “Letter of concern”". */
  label: string;
}

export interface Concern {
  kind: 'follow-up' | 'disclosure';
  /** One line: what the issue is about. */
  heading: string;
  /** What was asked or required, and where it stands. */
  detail: string;
  /** What the buyer expects the supplier to do. */
  expected: string;
  /** The contract clauses it rests on. */
  clauses: ClauseReference[];
  overdue: boolean;
}

export interface LetterContent {
  supplierName: string;
  buyer: string;
  concerns: Concern[];
  replyDays: number;
  replyBy: string;
  /** The letter-of-concern clause the reply period comes from, when the tender has one. */
  replyClause?: ClauseReference;
}

interface NumberedClause {
  id: string;
  templateId: string;
  topic: ClauseTopic;
  label: string;
  replyDays?: number;
}

function numberedClauses(tender: EngagementTender): NumberedClause[] {
  const instances = orderedInstances(withTenderParties(tender.clauses, tender.buyer));
  const rendered = renderClauses(instances).clauses;
  return instances.map((instance, i) => {
    const value = instance.values.reply_days;
    const param = instance.frozen.parameters.find((p) => p.name === 'reply_days');
    const days = typeof value === 'number' ? value : param?.type === 'number' ? param.default : undefined;
    return {
      id: instance.id,
      templateId: instance.templateId,
      topic: instance.frozen.tags.topic,
      label: `Clause ${rendered[i]?.number ?? i + 1} “${rendered[i]?.title ?? instance.frozen.title}”`,
      ...(days !== undefined && Number.isFinite(days) && days >= 1 ? { replyDays: Math.round(days) } : {}),
    };
  });
}

/** The text as a sentence, so the one after it reads on. */
const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One concern per question: every open follow-up on it (overdue ones first), so the letter never repeats a heading. */
function followUpConcern(group: readonly OpenFollowUp[], clauses: readonly NumberedClause[]): Concern {
  const first = group[0] as OpenFollowUp;
  const topics = new Set(TOPICS_OF_THEME[first.theme]);
  const overdue = group.some((f) => f.overdue);
  const ask = (f: OpenFollowUp) =>
    f.overdue
      ? `${sentence(f.followUp.text)} It was due on ${longDate(f.followUp.due)} and is ${plural(f.daysOverdue, 'day')} overdue.`
      : group.length > 1
        ? `${sentence(f.followUp.text)} It is due on ${longDate(f.followUp.due)}.`
        : sentence(f.followUp.text);
  const detail =
    group.length === 1
      ? `We asked for the following and have not yet received it: ${ask(first)}`
      : `We asked for the following and have not yet received it. ${group.map((f, i) => `(${i + 1}) ${ask(f)}`).join(' ')}`;
  const earliest = group.reduce((d, f) => (f.followUp.due < d ? f.followUp.due : d), first.followUp.due);
  return {
    kind: 'follow-up',
    heading: first.question,
    detail,
    expected: overdue
      ? 'Send us what was asked, or tell us what stands in the way and when you will be able to provide it.'
      : `Send us what was asked by ${longDate(earliest)}, as agreed.`,
    clauses: clauses.filter((c) => topics.has(c.topic)).map((c) => ({ clauseId: c.id, label: c.label })),
    overdue,
  };
}

function disclosureConcern(o: DisclosureObligation, clauses: readonly NumberedClause[]): Concern {
  const clause = clauses.find((c) => c.id === o.clauseId);
  return {
    kind: 'disclosure',
    heading: `Factory disclosure: ${o.requirement}`,
    detail: o.due && !o.summary.includes(longDate(o.due)) ? `${o.summary} It was due on ${longDate(o.due)}.` : o.summary,
    expected: `Send us the tier ${o.tier} factory list (legal names and full addresses of the sites) as the contract requires. Late information is better than none.`,
    clauses: [{ clauseId: o.clauseId, label: clause?.label ?? `Clause “${o.clauseTitle}”` }],
    overdue: true,
  };
}

/**
 * The concerns to raise with the supplier: its open follow-ups (overdue first) and the disclosure
 * obligations overdue, each with the clauses it rests on; the reply period from the tender's
 * letter-of-concern clause, or `DEFAULT_REPLY_DAYS`.
 */
export function letterContent(tender: EngagementTender, report: EngagementReportContent, today: string): LetterContent {
  const clauses = numberedClauses(tender);
  // Overdue first, then by due date (openFollowUps' order), grouped by question in that order.
  const followUps = [...report.followUps].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const byQuestion = new Map<string, OpenFollowUp[]>();
  for (const f of followUps) byQuestion.set(f.questionId, [...(byQuestion.get(f.questionId) ?? []), f]);
  const concerns = [
    ...report.obligations.filter((o) => o.status === 'overdue').map((o) => disclosureConcern(o, clauses)),
    ...[...byQuestion.values()].map((group) => followUpConcern(group, clauses)),
  ];
  const replyClause = clauses.find((c) => c.templateId === LETTER_OF_CONCERN_TEMPLATE);
  const replyDays = replyClause?.replyDays ?? DEFAULT_REPLY_DAYS;
  return {
    supplierName: report.supplierName,
    buyer: tender.buyer.trim(),
    concerns,
    replyDays,
    replyBy: addDays(today, replyDays),
    ...(replyClause ? { replyClause: { clauseId: replyClause.id, label: replyClause.label } } : {}),
  };
}

/** One line per document for the supplier page: what each would hold now. */
export function engagementDocumentsSummary(report: EngagementReportContent): { report: string; letter: string; concerns: number } {
  const overdueFollowUps = report.followUps.filter((f) => f.overdue).length;
  const overdueDisclosures = report.obligations.filter((o) => o.status === 'overdue').length;
  const answered = report.questions.filter((q) => q.answers.length > 0).length;
  const parts = [
    `${plural(answered, 'question')} answered over ${plural(report.occasions.length, 'round')}`,
    `${plural(report.followUps.length, 'open follow-up')}${overdueFollowUps ? ` (${overdueFollowUps} overdue)` : ''}`,
    `${plural(overdueDisclosures, 'overdue disclosure')}`,
  ];
  const concerns = report.followUps.length + overdueDisclosures;
  return {
    report: `${parts.join(', ')}.`,
    letter: concerns
      ? `To raise: ${plural(report.followUps.length, 'open follow-up')}, ${plural(overdueDisclosures, 'overdue disclosure')}.`
      : 'Nothing to raise: no open follow-ups and no overdue disclosure.',
    concerns,
  };
}
