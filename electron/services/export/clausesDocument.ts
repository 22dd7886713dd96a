/**
 * The contract clauses on their own, for legal teams pasting them into a contract template: a short
 * title block, the numbered clauses, and optionally an annex with each template's guidance.
 */
import { Document, type FileChild } from 'docx';
import type { ClauseTemplate } from '@shared/model/clauses';
import type { Tender } from '@shared/model/tender';
import { orderedInstances, renderClauses } from '@shared/clauses/instances';
import { withTenderParties } from '@shared/rules/exportText';
import { clauseParagraphs, guidanceParagraphs } from './clauses';
import { documentProperties } from './properties';
import { documentNumbering, documentStyles, EXTERNAL_STYLES, pageFooter, pageHeader, spacing, STYLE } from './styles';
import { issuedOn, labelled, line, oneLine, para } from './text';

export interface ClausesOptions {
  includeGuidance: boolean;
  /** The template version each clause was built from, by clause instance id (for the guidance annex). */
  templates?: ReadonlyMap<string, ClauseTemplate>;
}

export function buildClausesDocument(tender: Tender, exportDate: string, options: ClausesOptions): Document {
  const instances = orderedInstances(withTenderParties(tender.clauses, tender.buyer));
  const rendered = renderClauses(instances);
  const titleBlock: FileChild[] = [
    para('Contract clauses', { style: STYLE.subtitle, spacing: spacing({ before: 0, after: 120 }) }),
    line(tender.title, { style: STYLE.title, spacing: spacing({ before: 0, after: 240 }) }),
  ];
  if (oneLine(tender.reference)) titleBlock.push(labelled('Reference', oneLine(tender.reference), { style: STYLE.coverField }));
  if (oneLine(tender.buyer)) titleBlock.push(labelled('Buying organisation', oneLine(tender.buyer), { style: STYLE.coverField }));
  titleBlock.push(para(issuedOn(exportDate), { style: STYLE.coverField, spacing: spacing({ after: 360 }) }));

  const annex = options.includeGuidance
    ? guidanceParagraphs(
        rendered.clauses.map((clause, i) => {
          const instance = instances[i] as (typeof instances)[number];
          return { clause, instance, template: options.templates?.get(instance.id) };
        }),
        2,
      )
    : [];

  return new Document({
    ...documentProperties(
      {
        title: `Contract clauses: ${tender.title}`,
        subject: `Supply-chain disclosure contract clauses${tender.reference.trim() ? ` for tender ${tender.reference.trim()}` : ''}`,
        creator: tender.buyer.trim(),
        keywords: ['contract clauses', 'supply-chain disclosure', tender.reference.trim()].filter(Boolean).join(', '),
        description: `${rendered.clauses.length} contract clause${rendered.clauses.length === 1 ? '' : 's'} from tender “${tender.title}”${options.includeGuidance ? ', with a guidance annex' : ''}.`,
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
        children: [...titleBlock, ...clauseParagraphs(rendered.clauses, 1, 1), ...annex],
      },
    ],
  });
}
