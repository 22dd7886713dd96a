/**
 * An OCDS 1.1 release package for a tender's award criteria: the tender, its lots (lots extension),
 * each lot's criteria (award criteria extension: type, name, description and numbers with weight and
 * threshold) and, for social criteria and the contract clauses, the sustainability goals and
 * strategies (sustainability extension). Pure: the caller supplies the date and the publisher.
 */
import type { Tender } from '../model/tender';
import { formatWeight } from '../rules/weights';
import { xmlSafeText } from '../rules/xmlSafeText';
import {
  minimumQualityName,
  hasSocialCriteria,
  minimumQualityDescription,
  noticeLot,
  socialStrategyDescription,
  type NoticeLot,
} from './noticeCriteria';
import { performanceTerms } from './eforms';
import { ENGLISH, type DocumentVoice } from '../documents/voice';

export const OCDS_EXTENSIONS = {
  lots: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json',
  awardCriteria: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/extension.json',
  sustainability: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_sustainability_extension/master/extension.json',
  submissionTerms: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_submissionTerms_extension/master/extension.json',
} as const;

export interface OcdsOptions {
  ocidPrefix: string;
  /** YYYY-MM-DD: the release date (midnight UTC). */
  releaseDate: string;
  /** The organisation publishing the data (Settings), or the buyer. */
  publisher: string;
  socialFloor: number;
  clauseTitles: readonly string[];
  /** The language the release's texts are in (the tender's); English when not given. */
  voice?: DocumentVoice;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const clean = (text: string) => xmlSafeText(text).trim();

/** A percentage from hundredths as an exact JSON number: 3333 -> 33.33 (parsed from its decimal text). */
const percent = (hundredths: number) => Number(formatWeight(hundredths));

function lotJson(lot: NoticeLot, options: OcdsOptions): Json {
  const voice = options.voice ?? ENGLISH;
  const criteria: Json[] = lot.criteria.map((c) => ({
    type: c.type,
    name: clean(c.name),
    description: clean(c.description),
    numbers: [{ number: percent(c.weight), weight: 'percentageExact' }],
  }));
  if (lot.minimumQualityScore !== undefined) {
    criteria.push({
      type: 'quality',
      name: minimumQualityName(voice),
      description: minimumQualityDescription(lot, voice),
      numbers: [{ number: percent(lot.minimumQualityScore), threshold: 'minimumScore' }],
    });
  }
  const sustainability: Json[] = [];
  const strategies = [
    ...(hasSocialCriteria(lot) ? ['awardCriteria'] : []),
    ...(options.clauseTitles.length > 0 ? ['contractPerformanceConditions'] : []),
  ];
  if (strategies.length > 0) {
    const description = [
      hasSocialCriteria(lot) ? socialStrategyDescription(lot, options.socialFloor, voice) : '',
      options.clauseTitles.length > 0 ? performanceTerms(options.clauseTitles, voice) : '',
    ]
      .filter(Boolean)
      .join(' ');
    sustainability.push({ goal: 'social.humanRightsInSupplyChains', strategies, description: clean(description) });
    if (hasSocialCriteria(lot)) sustainability.push({ goal: 'social.laborRightsPromotion', strategies: ['awardCriteria'] });
  }
  return {
    id: lot.noticeLotId,
    title: clean(lot.title),
    status: 'planning',
    awardCriteria: { criteria },
    ...(sustainability.length > 0 ? { hasSustainability: true, sustainability } : {}),
  };
}

/** The ocid of a tender: the publisher's prefix and the tender's own id. */
export function ocidOf(prefix: string, tender: Pick<Tender, 'id'>): string {
  return `${prefix}-${tender.id}`;
}

/** The release package, as an object ready for JSON.stringify. */
export function buildOcdsPackage(tender: Tender, options: OcdsOptions): { [key: string]: Json } {
  const ocid = ocidOf(options.ocidPrefix, tender);
  const date = `${options.releaseDate}T00:00:00Z`;
  const voice = options.voice ?? ENGLISH;
  const lots = tender.lots.map((lot, index) => noticeLot(lot, index, voice));
  const allPriceOnly = lots.every((l) => l.criteria.every((c) => c.type === 'price'));
  const tenderJson: { [key: string]: Json } = {
    id: tender.reference.trim() || tender.id,
    title: clean(tender.title),
    ...(clean(tender.description) ? { description: clean(tender.description) } : {}),
    status: 'planning',
    awardCriteria: allPriceOnly ? 'priceOnly' : 'ratedCriteria',
    lots: lots.map((lot) => lotJson(lot, options)),
  };
  const release: { [key: string]: Json } = {
    ocid,
    id: `${ocid}-tender-${tender.revision}`,
    date,
    tag: ['tender'],
    initiationType: 'tender',
    // ISO 639-1, the language of the release's free text.
    language: (options.voice ?? ENGLISH).language,
    ...(clean(tender.buyer)
      ? { buyer: { id: 'ORG-0001', name: clean(tender.buyer) }, parties: [{ id: 'ORG-0001', name: clean(tender.buyer), roles: ['buyer'] }] }
      : {}),
    tender: tenderJson,
  };
  return {
    uri: `urn:ocid:${ocid}:tender:${tender.revision}`,
    version: '1.1',
    extensions: Object.values(OCDS_EXTENSIONS),
    publishedDate: date,
    publisher: { name: clean(options.publisher) || clean(tender.buyer) },
    releases: [release],
  };
}
