/**
 * Builds a tender's notice in one of the three formats and validates it before anything is written:
 * eForms XML against the SDK's XSDs and award-criteria rules, OCDS against the release schema with
 * its extensions. The tender's own blocking findings on the criteria come first, as for the Word
 * exports.
 */
import { createHash } from 'node:crypto';
import type { NoticeCheck, NoticeFormat, NoticePreview, NoticeProblem } from '@shared/api/contract';
import type { Settings } from '@shared/model/settings';
import type { Tender } from '@shared/model/tender';
import { renderClauses } from '@shared/clauses/instances';
import { sanitiseFileNamePart, withTenderParties } from '@shared/rules/exportText';
import { checkTender } from '@shared/rules/tenderChecks';
import { buildContractNotice, buildEformsLot } from '@shared/notices/eforms';
import { describeRuleFailure, eformsMissingFields, textLengthProblems } from '@shared/notices/noticeChecks';
import { noticeNotes } from '@shared/notices/noticeNotes';
import { buildOcdsPackage } from '@shared/notices/ocds';
import { validateXsd } from './xsd';
import { awardCriteriaRuleIds, validateAwardCriteriaRules } from './schematron';
import { validateOcdsRelease } from './ocdsSchema';
import { voiceOf } from '@shared/documents/voice';

export const XML_MIME = 'application/xml';
export const JSON_MIME = 'application/json';

export interface NoticeRequest {
  format: NoticeFormat;
  lotId?: string;
  exportDate: string;
}

export interface BuiltNotice {
  preview: NoticePreview;
  /** The file's text, when it was built (it may still have failed validation). */
  text?: string;
  mimeType: string;
}

/** A UUID derived from `seed`, so exporting the same tender again names the same procedure and notice. */
export function uuidFrom(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const FORMAT_FILE_LABEL: Record<NoticeFormat, string> = {
  'eforms-lot': 'eForms lot',
  'eforms-notice': 'eForms contract notice',
  ocds: 'OCDS release',
};

function fileNameOf(tender: Tender, request: NoticeRequest, lotTitle?: string): string {
  const base =
    sanitiseFileNamePart(
      [tender.reference, tender.title]
        .map((p) => p.trim())
        .filter(Boolean)
        .join(' '),
    ) || 'Tender';
  const lot = lotTitle ? ` ${sanitiseFileNamePart(lotTitle).slice(0, 60)}` : '';
  return `${base} - ${FORMAT_FILE_LABEL[request.format]}${lot} ${request.exportDate}.${request.format === 'ocds' ? 'json' : 'xml'}`;
}

/** The tender's own errors on its criteria, as notice problems named by the app's rule. */
function tenderProblems(tender: Tender, settings: Settings): NoticeProblem[] {
  return checkTender(tender, settings.criteria)
    .filter((f) => f.severity === 'error' && f.area === 'criteria')
    .map((f) => {
      const lot = tender.lots.find((l) => l.id === f.lotId);
      return {
        rule: f.code,
        message: `${lot ? `Lot “${lot.title}”: ` : ''}${f.message} ${f.fix}`.trim(),
        ...(f.lotId ? { lotId: f.lotId } : {}),
        ...(f.criterionId ? { criterionId: f.criterionId } : {}),
        screen: 'criteria' as const,
      };
    });
}

async function eformsChecks(
  tender: Tender,
  xml: string,
  kind: 'contract-notice' | 'lot',
): Promise<{ checks: NoticeCheck[]; problems: NoticeProblem[] }> {
  const [xsd, rules, ruleIds] = await Promise.all([validateXsd(xml, kind), validateAwardCriteriaRules(xml), awardCriteriaRuleIds()]);
  const problems: NoticeProblem[] = [
    ...xsd.map((p) => ({
      rule: 'XSD',
      message: `The file does not match the eForms schema${p.line ? ` at line ${p.line}` : ''}: ${p.message} This is a fault in the exporter; please report it.`,
      screen: 'criteria' as const,
    })),
    ...rules.map((failure) => describeRuleFailure(tender, failure)),
  ];
  return {
    checks: [
      { name: 'eForms schema (XSD, SDK 1.15.1)', status: xsd.length ? 'failed' : 'passed' },
      { name: 'eForms award-criteria rules (Schematron)', status: rules.length ? 'failed' : 'passed', rules: ruleIds.length },
    ],
    problems,
  };
}

const NOT_RUN = (format: NoticeFormat): NoticeCheck[] =>
  format === 'ocds'
    ? [{ name: 'OCDS 1.1.5 release schema with extensions (JSON Schema)', status: 'not-run' }]
    : [
        { name: 'eForms schema (XSD, SDK 1.15.1)', status: 'not-run' },
        { name: 'eForms award-criteria rules (Schematron)', status: 'not-run' },
      ];

/** Builds and validates the notice; `preview.ready` says whether it may be written. */
export async function buildNotice(tender: Tender, settings: Settings, request: NoticeRequest): Promise<BuiltNotice> {
  const lot =
    request.format === 'eforms-lot' ? (request.lotId ? tender.lots.find((l) => l.id === request.lotId) : tender.lots[0]) : undefined;
  const mimeType = request.format === 'ocds' ? JSON_MIME : XML_MIME;
  const clauseTitles = renderClauses(withTenderParties(tender.clauses, tender.buyer)).clauses.map((c) => c.title);
  const base = {
    tenderId: tender.id,
    revision: tender.revision,
    format: request.format,
    fileName: fileNameOf(tender, request, lot?.title),
    missing: request.format === 'ocds' ? [] : eformsMissingFields(tender, request.format),
    notes: noticeNotes(tender, request.format, settings.criteria.socialFloor),
  };
  const refused = (problems: NoticeProblem[]): BuiltNotice => ({
    preview: { ...base, ready: false, checks: NOT_RUN(request.format), problems },
    mimeType,
  });

  if (request.format === 'eforms-lot' && !lot) {
    return refused([
      {
        rule: 'lot',
        message: `The tender has no lot ${request.lotId ?? ''}: choose one of its lots.`.replace('  ', ' '),
        screen: 'details',
      },
    ]);
  }
  const blocking = [...tenderProblems(tender, settings), ...(request.format === 'ocds' ? [] : textLengthProblems(tender))];
  if (request.format === 'ocds') {
    if (!settings.notices.ocidPrefix) {
      blocking.push({
        rule: 'OCID prefix',
        message:
          'Open contracting data names every procedure with your organisation’s OCID prefix (e.g. ocds-a1b2c3), and none is set. Enter the prefix your organisation registered in Settings.',
        screen: 'settings',
      });
    }
    if (!settings.organisation.trim() && !tender.buyer.trim()) {
      blocking.push({
        rule: 'publisher',
        message:
          'The release must name its publisher: enter your organisation’s name in Settings, or the buying organisation on the tender.',
        screen: 'settings',
      });
    }
  }
  if (blocking.length > 0) return refused(blocking);

  // Notices are written in the tender's language, whatever the screens show.
  const options = { socialFloor: settings.criteria.socialFloor, clauseTitles, voice: voiceOf(tender) };
  if (request.format === 'ocds') {
    const releasePackage = buildOcdsPackage(tender, {
      ...options,
      ocidPrefix: settings.notices.ocidPrefix,
      releaseDate: request.exportDate,
      publisher: settings.organisation,
    });
    const releases = releasePackage.releases as unknown[];
    const problems = (await Promise.all(releases.map((release) => validateOcdsRelease(release)))).flat().map((p) => ({
      rule: 'OCDS schema',
      message: `The release does not match the OCDS schema at ${p.path}: ${p.message}. This is a fault in the exporter; please report it.`,
      screen: 'criteria' as const,
    }));
    const checks: NoticeCheck[] = [
      { name: 'OCDS 1.1.5 release schema with extensions (JSON Schema)', status: problems.length ? 'failed' : 'passed' },
    ];
    return {
      preview: { ...base, ready: problems.length === 0, checks, problems },
      text: `${JSON.stringify(releasePackage, null, 2)}\n`,
      mimeType,
    };
  }
  const xml =
    request.format === 'eforms-lot' && lot
      ? buildEformsLot(tender, lot.id, options)
      : buildContractNotice(tender, {
          ...options,
          noticeId: uuidFrom(`${tender.id}:${tender.revision}:notice`),
          procedureId: uuidFrom(`${tender.id}:procedure`),
          issueDate: request.exportDate,
        });
  const { checks, problems } = await eformsChecks(tender, xml, request.format === 'eforms-lot' ? 'lot' : 'contract-notice');
  return { preview: { ...base, ready: problems.length === 0, checks, problems }, text: xml, mimeType };
}
