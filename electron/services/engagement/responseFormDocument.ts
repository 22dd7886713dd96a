/**
 * The Word questionnaire of a response form, for suppliers who prefer to read and prepare their
 * answers in Word. It carries the same questions and guidance as the workbook and says that the
 * answers come back on the workbook, which is the only form that is imported.
 */
import { Document, Packer, type FileChild } from 'docx';
import { QUESTION_THEME_LABELS, type SelectedQuestion } from '@shared/model/questions';
import { documentProperties } from '../export/properties';
import { documentNumbering, documentStyles, EXTERNAL_STYLES, LIST, pageFooter, pageHeader, spacing, STYLE } from '../export/styles';
import { labelled, line, para } from '../export/text';
import {
  buyerOf,
  formTitle,
  howToFillLines,
  introLines,
  levelDescriptors,
  maturityLines,
  WORD_RETURN_NOTE,
  type FormWording,
} from './responseFormText';

export interface QuestionnaireInput {
  wording: FormWording;
  tender: { id: string; title: string; reference: string };
  questions: readonly SelectedQuestion[];
}

function questionParagraphs(selected: SelectedQuestion, index: number): FileChild[] {
  const q = selected.question;
  return [
    line(`Question ${index + 1}. ${q.question}`, { style: STYLE.heading2 }),
    labelled('Theme', QUESTION_THEME_LABELS[q.theme]),
    labelled('Why the buyer asks', q.why),
    labelled('What a good answer contains', q.goodAnswer),
    labelled('Evidence asked for', q.evidence.join('; ')),
    para('Maturity levels for this question:', { spacing: spacing({ before: 120 }) }, { bold: true }),
    ...levelDescriptors(q)
      .split('\n')
      .map((text) => para(text, { style: STYLE.bullet, numbering: { reference: LIST.bullets, level: 0 } })),
  ];
}

export async function buildResponseQuestionnaire(input: QuestionnaireInput): Promise<Buffer> {
  const { wording, tender } = input;
  const children: FileChild[] = [
    para(`Supplier questionnaire from ${buyerOf(wording.buyer)}`, { style: STYLE.subtitle }),
    line(formTitle(wording), { style: STYLE.title, spacing: spacing({ after: 240 }) }),
    labelled('Supplier', wording.supplierName, { style: STYLE.coverField }),
    labelled('Round', wording.roundName, { style: STYLE.coverField }),
    labelled('Answers due', wording.answersDue ?? 'as soon as you can', { style: STYLE.coverField, spacing: spacing({ after: 240 }) }),
    para(WORD_RETURN_NOTE, { style: STYLE.note }),
    ...introLines(wording).map((text) => para(text)),
    line('How to answer', { style: STYLE.heading1 }),
    ...howToFillLines().map((text) => para(text, { style: STYLE.bullet, numbering: { reference: LIST.bullets, level: 0 } })),
    line('What the maturity levels mean', { style: STYLE.heading1 }),
    ...maturityLines().map((text) => para(text)),
    line('The questions', { style: STYLE.heading1 }),
    ...input.questions.flatMap((q, i) => questionParagraphs(q, i)),
  ];
  const document = new Document({
    ...documentProperties(
      {
        title: formTitle(wording),
        subject: `Supplier questionnaire for ${tender.title}`,
        creator: wording.buyer.trim(),
        keywords: ['supplier questionnaire', wording.roundName, tender.reference.trim()].filter(Boolean).join(', '),
        description: `${input.questions.length} question${input.questions.length === 1 ? '' : 's'} for ${wording.supplierName}.`,
      },
      tender,
    ),
    externalStyles: EXTERNAL_STYLES,
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [{ headers: { default: pageHeader(tender.reference, tender.title) }, footers: { default: pageFooter() }, children }],
  });
  return Buffer.from(await Packer.toBuffer(document));
}
