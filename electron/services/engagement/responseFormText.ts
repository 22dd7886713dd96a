/**
 * The words of a response form, shared by the workbook and the Word questionnaire. They speak to the
 * supplier on behalf of the buyer.
 */
import { MATURITY_LEVEL_NAMES, MATURITY_LEVELS, type Question } from '@shared/model/questions';
import { FORM_LIMITS } from './responseFormLayout';

export interface FormWording {
  buyer: string;
  tenderTitle: string;
  roundName: string;
  supplierName: string;
  /** Readable dates. */
  opensOn: string;
  answersDue?: string;
}

export const buyerOf = (buyer: string) => buyer.trim() || 'The buyer';

export function formTitle(w: FormWording): string {
  return `${w.roundName}: questions from ${buyerOf(w.buyer)} to ${w.supplierName}`;
}

export function introLines(w: FormWording): string[] {
  const buyer = buyerOf(w.buyer);
  return [
    `${buyer} asks ${w.supplierName} these questions as part of “${w.roundName}” for “${w.tenderTitle}”. They are about how you find and deal with risks to the people who make what you supply: forced labour, recruitment fees, freedom of association, health and safety and the other themes listed.`,
    w.answersDue
      ? `Please return your answers by ${w.answersDue}. The round opened on ${w.opensOn}.`
      : `The round opened on ${w.opensOn}. Please return your answers as soon as you can.`,
    'Honest answers help more than polished ones: a gap you name, with a plan to close it, counts for more than a claim that cannot be shown. The answers are the start of a dialogue; the buyer will follow up where more is needed.',
  ];
}

export function howToFillLines(): string[] {
  return [
    'Answer every question on the Questions sheet in the yellow cells. The other cells are protected (without a password) so that the questions stay as sent.',
    `Your answer: say what you do, where and since when, and how you know it works. Keep it under ${FORM_LIMITS.answer.toLocaleString('en-GB')} characters.`,
    `Evidence you send: list each document you send with the form (a policy, an audit report, a grievance log summary), one per line, at most ${FORM_LIMITS.evidenceItems}. Send the documents themselves with the form.`,
    'Your self-assessment: choose the level, 0 to 3, that describes you best for that question. The question’s own description of each level is shown beside it.',
    'Do not rename, add or remove sheets, rows or columns, and save the file as an Excel workbook (.xlsx) — not as a macro-enabled workbook, CSV or PDF. Send this same file back: it is tied to your organisation and this round.',
  ];
}

export function maturityLines(): string[] {
  return [
    'Each question is assessed on a four-level scale; the buyer confirms the level after reading your answer and evidence:',
    ...MATURITY_LEVELS.map((level) => `${level} – ${MATURITY_LEVEL_NAMES[level]}`),
    'A higher level needs evidence that shows it in practice. Without evidence, an answer is usually taken as a starting point.',
  ];
}

export function levelDescriptors(q: Question): string {
  return q.maturity.map((step) => `${step.level} ${MATURITY_LEVEL_NAMES[step.level]}: ${step.descriptor}`).join('\n');
}

export const WORD_RETURN_NOTE =
  'This questionnaire is for reading and preparing your answers. Please return your answers on the Excel response form sent with it: answers typed into this document are not taken in.';
