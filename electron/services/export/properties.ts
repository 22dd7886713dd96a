/**
 * Document properties (File > Info in Word): title, subject, author, keywords, description, plus a
 * custom property that ties the file to its tender. Every value is XML-safe. The author is
 * the buying organisation: bidders read these in File > Info, so they name the buyer, not the tool.
 */
import type { IPropertiesOptions } from 'docx';
import type { Tender } from '@shared/model/tender';
import { xmlSafeText } from '@shared/rules/exportText';

export interface DocumentMeta {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
}

type Properties = Pick<
  IPropertiesOptions,
  'title' | 'subject' | 'creator' | 'keywords' | 'description' | 'lastModifiedBy' | 'revision' | 'customProperties'
>;

/** Core properties take one line each: controls are dropped and line breaks become spaces. */
const line = (text: string) =>
  xmlSafeText(text)
    .replace(/[\t\n]+/g, ' ')
    .trim();

export function documentProperties(meta: DocumentMeta, tender: Pick<Tender, 'id'>): Properties {
  return {
    title: line(meta.title),
    subject: line(meta.subject),
    creator: line(meta.creator),
    keywords: line(meta.keywords),
    description: line(meta.description),
    lastModifiedBy: line(meta.creator),
    // Word's revision number counts saves of this file, so a fresh export is 1. The tender's own
    // revision is an autosave counter: it means nothing to a bidder, so it is not written at all.
    revision: 1,
    customProperties: [{ name: 'TenderId', value: tender.id }],
  };
}
