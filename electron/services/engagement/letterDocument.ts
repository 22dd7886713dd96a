/**
 * The letter of concern: a draft in the buyer's voice, addressed to the supplier, raising the open
 * follow-ups and the overdue disclosures, with what the buyer expects and by when. The officer edits
 * it in Word before sending, so names still to fill in are left as bracketed placeholders.
 */
import { Document, type FileChild } from 'docx';
import type { SupplierContact } from '@shared/model/suppliers';
import type { EngagementTender, LetterContent } from '@shared/rules/engagementDocuments';
import { longDate } from '@shared/rules/exportText';
import { documentProperties } from '../export/properties';
import { documentNumbering, documentStyles, EXTERNAL_STYLES, pageFooter, spacing, STYLE } from '../export/styles';
import { labelled, line, oneLine, para } from '../export/text';

export interface Addressee {
  contact?: SupplierContact;
  /** ISO 3166 code, from the register. */
  country?: string;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function addressBlock(letter: LetterContent, to: Addressee, tender: EngagementTender, today: string): FileChild[] {
  const buyer = letter.buyer || '[Buying organisation]';
  const out: FileChild[] = [
    line(buyer, { spacing: spacing({ after: 0 }) }, { bold: true }),
    para('[Address]', { spacing: spacing({ after: 360 }) }),
  ];
  if (to.contact?.name.trim()) out.push(line(to.contact.name, { spacing: spacing({ after: 0 }) }));
  if (to.contact?.role?.trim()) out.push(line(to.contact.role, { spacing: spacing({ after: 0 }) }));
  out.push(line(letter.supplierName, { spacing: spacing({ after: 0 }) }));
  out.push(para('[Address]', { spacing: spacing({ after: 0 }) }));
  if (to.country) out.push(line(countryName(to.country), { spacing: spacing({ after: 0 }) }));
  out.push(para(longDate(today), { spacing: spacing({ before: 360, after: 120 }) }));
  const reference = oneLine(tender.reference);
  out.push(labelled('Our reference', reference ? `${reference}, letter of concern` : 'Letter of concern'));
  return out;
}

function concernParagraphs(letter: LetterContent): FileChild[] {
  const out: FileChild[] = [line('Our concerns', { style: STYLE.heading2 })];
  letter.concerns.forEach((c, i) => {
    out.push(line(`${i + 1}. ${c.heading}`, { style: STYLE.heading3 }));
    out.push(para(c.detail));
    out.push(labelled('What we expect', c.expected));
    if (c.clauses.length) out.push(labelled('Contract basis', c.clauses.map((k) => k.label).join('; ')));
  });
  return out;
}

function reply(letter: LetterContent): FileChild[] {
  const basis = letter.replyClause ? `, as ${letter.replyClause.label} of the contract provides` : '';
  return [
    line('Your reply', { style: STYLE.heading2 }),
    para(
      `Please reply in writing by ${longDate(letter.replyBy)}, within ${letter.replyDays} days of this letter${basis}. ` +
        'For each concern, tell us what you have done and what you will do about it, with dates, and whether you need anything from us to make progress.',
    ),
    para(
      'This letter is not a sanction. We want to resolve these issues with you, and we are ready to discuss them at a meeting. ' +
        'What matters most to us is that workers in the supply chain are protected and that any harm to them is remedied.',
    ),
  ];
}

function signOff(letter: LetterContent): FileChild[] {
  return [
    para('Yours sincerely,', { spacing: spacing({ before: 240, after: 720 }) }),
    para('[Name]', { spacing: spacing({ after: 0 }) }),
    para('[Role]', { spacing: spacing({ after: 0 }) }),
    line(letter.buyer || '[Buying organisation]'),
  ];
}

export function buildLetterOfConcern(tender: EngagementTender, letter: LetterContent, to: Addressee, today: string): Document {
  const greeting = to.contact?.name.trim() ? `Dear ${oneLine(to.contact.name)},` : 'Dear Sir or Madam,';
  const reference = oneLine(tender.reference);
  const children: FileChild[] = [
    ...addressBlock(letter, to, tender, today),
    line(`Letter of concern: ${tender.title}`, { style: STYLE.heading1 }),
    para(greeting),
    para(
      `We are writing to you about our contract “${oneLine(tender.title)}”${reference ? ` (reference ${reference})` : ''}. ` +
        'Under the contract we follow working conditions in the supply chain through regular dialogue with you. ' +
        `${letter.concerns.length === 1 ? 'One issue remains' : `${letter.concerns.length} issues remain`} unresolved, and we are writing to ask you to act on ${letter.concerns.length === 1 ? 'it' : 'them'}.`,
    ),
    ...concernParagraphs(letter),
    ...reply(letter),
    ...signOff(letter),
  ];
  return new Document({
    ...documentProperties(
      {
        title: `Letter of concern to ${letter.supplierName}`,
        subject: `Letter of concern${reference ? `, contract ${reference}` : ''}`,
        creator: letter.buyer,
        keywords: ['letter of concern', letter.supplierName, reference].filter(Boolean).join(', '),
        description: `Draft letter of concern raising ${letter.concerns.length} issue${letter.concerns.length === 1 ? '' : 's'}, reply due ${letter.replyBy}.`,
      },
      tender,
    ),
    externalStyles: EXTERNAL_STYLES,
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [{ footers: { default: pageFooter() }, children }],
  });
}
