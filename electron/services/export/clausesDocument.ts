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
import { issuedOn, labelledIn, line, oneLine, para } from './text';
import { voiceOf, type DocumentVoice } from '@shared/documents/voice';

export interface ClausesOptions {
  includeGuidance: boolean;
  /** The template version each clause was built from, by clause instance id (for the guidance annex). */
  templates?: ReadonlyMap<string, ClauseTemplate>;
}

export function buildClausesDocument(
  tender: Tender,
  exportDate: string,
  options: ClausesOptions,
  v: DocumentVoice = voiceOf(tender),
): Document {
  const { t } = v;
  const instances = orderedInstances(withTenderParties(tender.clauses, tender.buyer));
  const rendered = renderClauses(instances);
  const titleBlock: FileChild[] = [
    para(t('documents:clauses.title'), { style: STYLE.subtitle, spacing: spacing({ before: 0, after: 120 }) }),
    line(tender.title, { style: STYLE.title, spacing: spacing({ before: 0, after: 240 }) }),
  ];
  if (oneLine(tender.reference))
    titleBlock.push(labelledIn(v, t('documents:common.reference'), oneLine(tender.reference), { style: STYLE.coverField }));
  if (oneLine(tender.buyer))
    titleBlock.push(labelledIn(v, t('documents:common.buyer'), oneLine(tender.buyer), { style: STYLE.coverField }));
  titleBlock.push(para(issuedOn(exportDate, v), { style: STYLE.coverField, spacing: spacing({ after: 360 }) }));

  const annex = options.includeGuidance
    ? guidanceParagraphs(
        rendered.clauses.map((clause, i) => {
          const instance = instances[i] as (typeof instances)[number];
          return { clause, instance, template: options.templates?.get(instance.id) };
        }),
        2,
        v,
      )
    : [];
  const reference = tender.reference.trim();
  const count = rendered.clauses.length;
  const description = options.includeGuidance
    ? t('documents:clauses.meta.descriptionWithGuidance', { count: count, title: tender.title })
    : t('documents:clauses.meta.description', { count: count, title: tender.title });

  return new Document({
    ...documentProperties(
      {
        title: t('documents:clauses.meta.title', { title: tender.title }),
        subject: reference ? t('documents:clauses.meta.subjectWithReference', { reference }) : t('documents:clauses.meta.subject'),
        creator: tender.buyer.trim(),
        keywords: [t('documents:clauses.meta.keywords'), reference].filter(Boolean).join(', '),
        description,
      },
      tender,
    ),
    externalStyles: EXTERNAL_STYLES,
    styles: documentStyles(v),
    numbering: documentNumbering(v),
    sections: [
      {
        headers: { default: pageHeader(tender.reference, tender.title, v) },
        footers: { default: pageFooter(v) },
        children: [...titleBlock, ...clauseParagraphs(rendered.clauses, 1, 1), ...annex],
      },
    ],
  });
}
