/**
 * Contract clauses as Word paragraphs: the clause title as a heading numbered by the "clauses" list
 * (1, 2, ...), sub-clauses numbered 1.1, 1.2 and items (a), (b) by the same list's lower levels. The
 * numbers come from the list definition, never from the text.
 */
import { HeadingLevel, Paragraph } from 'docx';
import type { RenderedClause } from '@shared/clauses/instances';
import type { ClauseTemplate, ClauseInstance } from '@shared/model/clauses';
import { LEVERAGE_NAMES, MOMENT_NAMES, PURPOSE_NAMES } from '@shared/documents/labels';
import { ENGLISH, type DocumentVoice } from '@shared/documents/voice';
import { LIST, STYLE } from './styles';
import { labelledIn, line, paragraphsOf, para, runs } from './text';

export type ClauseHeadingLevel = 1 | 2;

const HEADING: Record<ClauseHeadingLevel, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
};

/** "Data to be provided" -> "Data to be provided." (kept when it already ends in punctuation). */
function withStop(heading: string): string {
  const trimmed = heading.trim();
  return /[.:;!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Every clause, in order, as numbered paragraphs. `instance` keeps this list apart from any other list of clauses. */
export function clauseParagraphs(clauses: readonly RenderedClause[], level: ClauseHeadingLevel, instance = 1): Paragraph[] {
  const numbering = (ilvl: number) => ({ reference: LIST.clauses, level: ilvl, instance });
  const out: Paragraph[] = [];
  for (const clause of clauses) {
    out.push(line(clause.title, { heading: HEADING[level], numbering: numbering(0) }));
    for (const p of clause.paragraphs) {
      if (p.level === 0) {
        if (p.text.trim() !== '') out.push(para(p.text, { style: STYLE.clauseText }));
      } else if (p.level === 1) {
        const heading = p.heading?.trim() ? runs(`${withStop(p.heading)} `, { bold: true }) : [];
        out.push(new Paragraph({ style: STYLE.subClause, numbering: numbering(1), children: [...heading, ...runs(p.text)] }));
      } else {
        out.push(new Paragraph({ style: STYLE.clauseItem, numbering: numbering(2), children: runs(p.text) }));
      }
    }
  }
  return out;
}

export interface GuidanceEntry {
  clause: RenderedClause;
  instance: ClauseInstance;
  /** The template version the clause was built from, when the library still has it. */
  template?: ClauseTemplate;
}

/**
 * The annex for the buying organisation: each clause's guidance and where its leverage sits. Headed by
 * the same numbers as the clauses (a list of its own that counts alike), so "1" here is clause 1.
 */
export function guidanceParagraphs(entries: readonly GuidanceEntry[], instance: number, v: DocumentVoice = ENGLISH): Paragraph[] {
  const { t } = v;
  const out: Paragraph[] = [
    para(t('documents:clauses.annex'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    para(t('documents:clauses.annexIntro'), { style: STYLE.note }),
  ];
  for (const { clause, instance: inst, template } of entries) {
    out.push(line(clause.title, { heading: HeadingLevel.HEADING_2, numbering: { reference: LIST.clauses, level: 0, instance } }));
    const guidance = template?.guidance.trim() ?? '';
    if (guidance !== '') out.push(...paragraphsOf(guidance));
    else out.push(para(t('documents:clauses.noGuidance'), { style: STYLE.note }));
    const tags = inst.frozen.tags;
    out.push(labelledIn(v, t('documents:clauses.leverage'), LEVERAGE_NAMES[tags.leverage](v), { style: STYLE.questionDetail }));
    out.push(labelledIn(v, t('documents:clauses.purpose'), PURPOSE_NAMES[tags.purpose](v), { style: STYLE.questionDetail }));
    out.push(
      labelledIn(v, t('documents:clauses.moments'), tags.moments.map((m) => MOMENT_NAMES[m](v)).join('; '), {
        style: STYLE.questionDetail,
      }),
    );
  }
  return out;
}
