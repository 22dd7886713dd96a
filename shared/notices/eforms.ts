/**
 * eForms XML for a tender's award criteria: each lot as a `cac:ProcurementProjectLot` (the lots
 * fragment e-notification tools take), and a whole contract notice (subtype 16, standard regime of
 * Directive 2014/24/EU) with the buyer, the title and the lots. Fields the app does not hold are left
 * out, never filled with made-up values: eformsMissingFields lists them for the buyer to complete.
 * Pure: the caller supplies the identifiers and the date.
 */
import { formatWeight } from '../rules/weights';
import type { Tender } from '../model/tender';
import {
  minimumQualityName,
  hasSocialCriteria,
  minimumQualityDescription,
  noticeLot,
  socialStrategyDescription,
  type NoticeCriterion,
  type NoticeLot,
} from './noticeCriteria';
import { leaf, node } from './xml';
import { ENGLISH, type DocumentVoice } from '../documents/voice';
import type { Language } from '../model/language';

export const EFORMS_NAMESPACE_DECLARATIONS = {
  'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  'xmlns:ext': 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  'xmlns:efac': 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  'xmlns:efext': 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
  'xmlns:efbc': 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
} as const;

const CONTRACT_NOTICE_NAMESPACE = 'urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** BT-775 social objectives declared for a lot with social criteria: the supply-chain aims the app is for. */
export const SOCIAL_OBJECTIVES = ['hum-right', 'work-cond'] as const;

export interface EformsOptions {
  /** The organisation's social floor (hundredths of a percent); the rules never apply less than 8%. */
  socialFloor: number;
  /** Titles of the tender's contract clauses, summarised as each lot's performance terms (BT-70). */
  clauseTitles: readonly string[];
  /** The notice's language (BT-702), ISO 639-3 in capitals; else the voice's. */
  language?: string;
  /** The language and locale the notice's own sentences are written in: the tender's. English when not given. */
  voice?: DocumentVoice;
}

/** BT-702 and every languageID: ISO 639-3 in capitals. */
export const EFORMS_LANGUAGES: Record<Language, string> = { en: 'ENG', fr: 'FRA', es: 'SPA' };
const languageCode = (options: EformsOptions) => options.language ?? EFORMS_LANGUAGES[(options.voice ?? ENGLISH).language];

export interface ContractNoticeOptions extends EformsOptions {
  /** BT-701, a UUID. */
  noticeId: string;
  /** BT-04 procedure identifier, a UUID. */
  procedureId: string;
  /** BT-05 date of dispatch, YYYY-MM-DD. */
  issueDate: string;
}

const text = (name: string, value: string, language: string) => leaf(name, value, { languageID: language });

function parameter(listName: 'number-weight' | 'number-threshold', code: string, numeric: string): string {
  return node('efac:AwardCriterionParameter', [leaf('efbc:ParameterCode', code, { listName }), leaf('efbc:ParameterNumeric', numeric)]);
}

function extensionWith(parameters: readonly string[]): string {
  return node('ext:UBLExtensions', [node('ext:UBLExtension', [node('ext:ExtensionContent', [node('efext:EformsExtension', parameters)])])]);
}

/** BT-539, BT-734, BT-540 and the weight as BT-541 with BT-5421 per-exa, written from integers. */
function criterionXml(criterion: NoticeCriterion, language: string): string {
  return node('cac:SubordinateAwardingCriterion', [
    extensionWith([parameter('number-weight', 'per-exa', formatWeight(criterion.weight))]),
    leaf('cbc:AwardingCriterionTypeCode', criterion.type, { listName: 'award-criterion-type' }),
    criterion.name ? text('cbc:Name', criterion.name, language) : '',
    text('cbc:Description', criterion.description, language),
  ]);
}

/**
 * The lot's minimum quality score as a criterion of its own with a BT-5423 min-score threshold (in
 * points of the lot's 100): it applies to the non-price criteria together, not to any one of them.
 */
function minimumQualityXml(lot: NoticeLot, language: string, voice: DocumentVoice): string {
  if (lot.minimumQualityScore === undefined) return '';
  return node('cac:SubordinateAwardingCriterion', [
    extensionWith([parameter('number-threshold', 'min-score', formatWeight(lot.minimumQualityScore))]),
    leaf('cbc:AwardingCriterionTypeCode', 'quality', { listName: 'award-criterion-type' }),
    text('cbc:Name', minimumQualityName(voice), language),
    text('cbc:Description', minimumQualityDescription(lot, voice), language),
  ]);
}

/** BT-70: the contract clauses by title; their text is in the procurement documents. */
export function performanceTerms(clauseTitles: readonly string[], voice: DocumentVoice = ENGLISH): string {
  const list = clauseTitles.map((title, i) => `${i + 1}. ${title.trim()}`).join('; ');
  return voice.t('documents:notices.performanceTerms', { list });
}

function additionalType(listName: string, code: string, description?: string, language = 'ENG'): string {
  return node('cac:ProcurementAdditionalType', [
    leaf('cbc:ProcurementTypeCode', code, { listName }),
    description ? text('cbc:ProcurementType', description, language) : '',
  ]);
}

function lotXml(lot: NoticeLot, options: EformsOptions, declarations?: Record<string, string>): string {
  const language = languageCode(options);
  const voice = options.voice ?? ENGLISH;
  const social = hasSocialCriteria(lot);
  const performance =
    options.clauseTitles.length > 0
      ? node('cac:ContractExecutionRequirement', [
          leaf('cbc:ExecutionRequirementCode', 'performance', { listName: 'conditions' }),
          text('cbc:Description', performanceTerms(options.clauseTitles, voice), language),
        ])
      : '';
  const criteria = [...lot.criteria.map((c) => criterionXml(c, language)), minimumQualityXml(lot, language, voice)];
  const awarding = criteria.some((c) => c !== '') ? node('cac:AwardingTerms', [node('cac:AwardingCriterion', criteria)]) : '';
  return node(
    'cac:ProcurementProjectLot',
    [
      leaf('cbc:ID', lot.noticeLotId, { schemeName: 'Lot' }),
      performance || awarding ? node('cac:TenderingTerms', [performance, awarding]) : '',
      node('cac:ProcurementProject', [
        text('cbc:Name', lot.title, language),
        ...(social
          ? [
              ...SOCIAL_OBJECTIVES.map((code) => additionalType('social-objective', code)),
              additionalType('strategic-procurement', 'soc-obj', socialStrategyDescription(lot, options.socialFloor, voice), language),
            ]
          : []),
      ]),
    ],
    declarations,
  );
}

/** Every lot of the tender as the notice publishes it. */
export function noticeLots(tender: Pick<Tender, 'lots'>, voice: DocumentVoice = ENGLISH): NoticeLot[] {
  return tender.lots.map((lot, index) => noticeLot(lot, index, voice));
}

/** One lot as a standalone `cac:ProcurementProjectLot` document (the lots fragment). */
export function buildEformsLot(tender: Pick<Tender, 'lots'>, lotId: string, options: EformsOptions): string {
  const index = tender.lots.findIndex((l) => l.id === lotId);
  const lot = tender.lots[index];
  if (!lot) throw new Error(`The tender has no lot ${lotId}.`);
  return `${XML_DECLARATION}\n${lotXml(noticeLot(lot, index, options.voice), options, EFORMS_NAMESPACE_DECLARATIONS)}\n`;
}

/** The whole contract notice: subtype 16, the buyer as ORG-0001, the tender's title and every lot. */
export function buildContractNotice(tender: Tender, options: ContractNoticeOptions): string {
  const language = languageCode(options);
  const buyer = tender.buyer.trim();
  const organisation = node('efac:Organizations', [
    node('efac:Organization', [
      node('efac:Company', [
        node('cac:PartyIdentification', [leaf('cbc:ID', 'ORG-0001', { schemeName: 'organization' })]),
        buyer ? node('cac:PartyName', [text('cbc:Name', buyer, language)]) : '',
      ]),
    ]),
  ]);
  const extension = extensionWith([
    node('efac:NoticeSubType', [leaf('cbc:SubTypeCode', '16', { listName: 'notice-subtype' })]),
    organisation,
  ]);
  const body = node(
    'ContractNotice',
    [
      extension,
      leaf('cbc:UBLVersionID', '2.3'),
      leaf('cbc:CustomizationID', 'eforms-sdk-1.15'),
      leaf('cbc:ID', options.noticeId, { schemeName: 'notice-id' }),
      leaf('cbc:ContractFolderID', options.procedureId),
      leaf('cbc:IssueDate', `${options.issueDate}Z`),
      // Subtype 16 is the standard-regime contract notice of Directive 2014/24/EU.
      leaf('cbc:RegulatoryDomain', '32014L0024'),
      leaf('cbc:NoticeTypeCode', 'cn-standard', { listName: 'competition' }),
      leaf('cbc:NoticeLanguageCode', language),
      node('cac:ContractingParty', [
        node('cac:Party', [node('cac:PartyIdentification', [leaf('cbc:ID', 'ORG-0001', { schemeName: 'organization' })])]),
      ]),
      node('cac:ProcurementProject', [
        tender.reference.trim() ? leaf('cbc:ID', tender.reference.trim(), { schemeName: 'InternalID' }) : '',
        text('cbc:Name', tender.title, language),
        tender.description.trim() ? text('cbc:Description', tender.description, language) : '',
      ]),
      ...noticeLots(tender, options.voice).map((lot) => lotXml(lot, options)),
    ],
    { xmlns: CONTRACT_NOTICE_NAMESPACE, ...EFORMS_NAMESPACE_DECLARATIONS },
  );
  return `${XML_DECLARATION}\n${body}\n`;
}
