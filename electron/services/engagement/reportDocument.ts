/**
 * The review-meeting report for one supplier: where it stands, the maturity progression over the
 * rounds, every answer per question, the open follow-ups and the factory disclosure status. Pure
 * layout of `engagementReportContent`; in the buyer's words, as it may be handed over at the meeting.
 */
import { Document, type FileChild, type Paragraph } from 'docx';
import { QUESTION_THEME_LABELS } from '@shared/model/questions';
import type { DisclosureObligation } from '@shared/rules/disclosureDue';
import { levelLabel, type EngagementReportContent, type EngagementTender, type QuestionHistory } from '@shared/rules/engagementDocuments';
import { longDate } from '@shared/rules/exportText';
import { documentProperties } from '../export/properties';
import { documentNumbering, documentStyles, EXTERNAL_STYLES, LIST, pageFooter, pageHeader, spacing, STYLE } from '../export/styles';
import { table, TEXT_WIDTH, type Column } from '../export/tenderPack';
import { labelled, line, oneLine, para, paragraphsOf } from '../export/text';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const cellText = (value: string, style: string = STYLE.tableText): Paragraph[] => [para(value, { style })];
const heading1 = (text: string) => line(text, { style: STYLE.heading1 });
const heading2 = (text: string) => line(text, { style: STYLE.heading2 });
const bullet = (text: string) => para(text, { style: STYLE.bullet, numbering: { reference: LIST.bullets, level: 0 } });

const TREND_WORDS: Record<QuestionHistory['trend'], string> = {
  improved: 'Improved',
  declined: 'Regressed',
  unchanged: 'Unchanged',
  first: 'First answer',
  unanswered: 'Not answered',
};

function titleBlock(tender: EngagementTender, report: EngagementReportContent, exportDate: string): FileChild[] {
  const out: FileChild[] = [
    para('Supplier review meeting', { style: STYLE.subtitle, spacing: spacing({ before: 0, after: 120 }) }),
    line(report.supplierName, { style: STYLE.title, spacing: spacing({ before: 0, after: 240 }) }),
    labelled('Contract', oneLine(tender.title), { style: STYLE.coverField }),
  ];
  if (oneLine(tender.reference)) out.push(labelled('Reference', oneLine(tender.reference), { style: STYLE.coverField }));
  if (oneLine(tender.buyer)) out.push(labelled('Buying organisation', oneLine(tender.buyer), { style: STYLE.coverField }));
  out.push(para(`Prepared ${longDate(exportDate)}`, { style: STYLE.coverField, spacing: spacing({ after: 360 }) }));
  return out;
}

function summary(report: EngagementReportContent): FileChild[] {
  const { progression: p } = report;
  const answered = report.questions.filter((q) => q.answers.length > 0).length;
  const overdue = report.followUps.filter((f) => f.overdue).length;
  const overdueDisclosures = report.obligations.filter((o) => o.status === 'overdue').length;
  return [
    heading1('Summary'),
    bullet(`${plural(answered, 'question')} of ${report.questions.length} answered, over ${plural(report.occasions.length, 'round')}.`),
    bullet(
      `Maturity since the previous answer: ${p.improved} improved, ${p.unchanged} unchanged, ${p.regressed} regressed` +
        `${p.first ? `; ${p.first} answered for the first time` : ''}${p.unanswered ? `; ${p.unanswered} not answered yet` : ''}.`,
    ),
    bullet(`${plural(report.followUps.length, 'open follow-up')}${overdue ? `, ${overdue} overdue` : ''}.`),
    bullet(
      report.obligations.length
        ? `${plural(report.obligations.length, 'disclosure obligation')}, ${overdueDisclosures} overdue.`
        : 'No factory disclosure obligation applies yet.',
    ),
  ];
}

function progressionTable(report: EngagementReportContent): FileChild[] {
  const out: FileChild[] = [heading1('Maturity progression')];
  if (report.occasions.length === 0) return [...out, para('No answers have been recorded yet.')];
  const trendWidth = 1300;
  const shown = report.occasions;
  // Many rounds share the room left by the question column rather than running off the page.
  const levelWidth = Math.min(1800, Math.floor((TEXT_WIDTH - trendWidth - 3000) / shown.length));
  const questionWidth = TEXT_WIDTH - trendWidth - levelWidth * shown.length;
  const columns: Column[] = [
    { title: 'Question', width: questionWidth },
    ...shown.map((o) => ({ title: `${oneLine(o.label)} (${o.date})`, width: levelWidth })),
    { title: 'Change', width: trendWidth },
  ];
  const rows = report.questions.map((q) => [
    cellText(q.question),
    ...q.levels.map((l) => cellText(l === null ? '–' : `${l.level}${l.confirmed ? '' : ' (proposed)'}`)),
    cellText(TREND_WORDS[q.trend]),
  ]);
  out.push(
    para('Levels run from 0 (not in place) to 3 (leading). A proposed level has not been confirmed yet.', { style: STYLE.note }),
    table(columns, rows),
  );
  return out;
}

function answers(report: EngagementReportContent): FileChild[] {
  const out: FileChild[] = [heading1('Answers by question')];
  report.questions.forEach((q, i) => {
    out.push(heading2(`${i + 1}. ${q.question}`), para(QUESTION_THEME_LABELS[q.theme], { style: STYLE.note }));
    if (q.answers.length === 0) {
      out.push(para('No answer yet.'));
      return;
    }
    for (const a of q.answers) {
      out.push(line(`${a.occasion.label}, answered ${longDate(a.entry.date)}`, { style: STYLE.heading3 }));
      const text = paragraphsOf(a.entry.text);
      out.push(...(text.length ? text : [para('(No answer text.)', { style: STYLE.note })]));
      out.push(labelled('Evidence', a.entry.evidence.length ? a.entry.evidence.join('; ') : 'none given'));
      const self = a.entry.selfAssessed !== undefined ? `; the supplier's own assessment: ${levelLabel(a.entry.selfAssessed)}` : '';
      out.push(labelled('Level', `${levelLabel(a.entry.level)}, ${a.confirmed ? 'confirmed' : 'proposed, not yet confirmed'}${self}`));
    }
  });
  return out;
}

const FOLLOW_UP_COLUMNS: Column[] = [
  { title: 'Follow-up', width: 3500 },
  { title: 'Question', width: 2626 },
  { title: 'Due', width: 1400 },
  { title: 'Status', width: 1500 },
];

function followUps(report: EngagementReportContent): FileChild[] {
  const out: FileChild[] = [heading1('Open follow-ups')];
  if (report.followUps.length === 0) return [...out, para('No follow-up is open.')];
  const rows = report.followUps.map((f) => [
    cellText(f.followUp.text),
    cellText(f.question),
    cellText(f.followUp.due),
    cellText(
      f.overdue ? `Overdue by ${plural(f.daysOverdue, 'day')}` : f.dueToday ? 'Due today' : `Due in ${plural(-f.daysOverdue, 'day')}`,
    ),
  ]);
  return [...out, table(FOLLOW_UP_COLUMNS, rows)];
}

const OBLIGATION_STATUS: Record<DisclosureObligation['status'], string> = {
  met: 'Met',
  due: 'Due',
  overdue: 'Overdue',
  'no-award-date': 'No award date yet',
};

const OBLIGATION_COLUMNS: Column[] = [
  { title: 'Obligation', width: 3726 },
  { title: 'Clause', width: 2400 },
  { title: 'Due', width: 1400 },
  { title: 'Status', width: 1500 },
];

function disclosure(report: EngagementReportContent): FileChild[] {
  const out: FileChild[] = [heading1('Factory disclosure')];
  if (report.received.length === 0) out.push(para('No factory list has been received yet.'));
  for (const v of report.received) {
    const tier1 = v.sites.filter((s) => s.tier === 1).length;
    out.push(
      bullet(`Received ${longDate(v.receivedOn)}: ${plural(tier1, 'tier 1 site')}, ${plural(v.sites.length - tier1, 'tier 2 site')}.`),
    );
  }
  if (report.obligations.length === 0) return [...out, para("The contract's clauses set no disclosure deadline that applies yet.")];
  const rows = report.obligations.map((o) => [
    cellText(`${o.requirement}. ${o.summary}`),
    cellText(o.clauseTitle),
    cellText(o.due ?? '–'),
    cellText(OBLIGATION_STATUS[o.status]),
  ]);
  return [...out, table(OBLIGATION_COLUMNS, rows)];
}

export function buildEngagementReport(tender: EngagementTender, report: EngagementReportContent, exportDate: string): Document {
  return new Document({
    ...documentProperties(
      {
        title: `Supplier review: ${report.supplierName}`,
        subject: `Supplier engagement report for ${report.supplierName}${tender.reference.trim() ? `, tender ${tender.reference.trim()}` : ''}`,
        creator: tender.buyer.trim(),
        keywords: ['supplier engagement', 'review meeting', report.supplierName, tender.reference.trim()].filter(Boolean).join(', '),
        description: `Answers over ${plural(report.occasions.length, 'round')}, maturity progression, open follow-ups and factory disclosure status.`,
      },
      tender,
    ),
    externalStyles: EXTERNAL_STYLES,
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [
      {
        headers: { default: pageHeader(tender.reference, tender.title) },
        footers: { default: pageFooter() },
        children: [
          ...titleBlock(tender, report, exportDate),
          ...summary(report),
          ...progressionTable(report),
          ...followUps(report),
          ...disclosure(report),
          ...answers(report),
        ],
      },
    ],
  });
}
