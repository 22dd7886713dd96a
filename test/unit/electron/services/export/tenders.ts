/**
 * Tenders for the export tests: a realistic one (2 lots, sub-criteria, a relative and an absolute price
 * formula, 0-5 and 0-10 scales, requirements, 6 library clauses with parameters filled, 10 questions),
 * and one with control characters and markup in every text. The small tender of the golden test is
 * test/fixtures/tenders/small-tender.json.
 */
import clausesFile from '../../../../../resources/library/clauses.json';
import questionsFile from '../../../../../resources/library/questions.json';
import { createInstance } from '../../../../../shared/clauses/instances';
import type { ClauseTemplate, ParameterValues } from '../../../../../shared/model/clauses';
import type { Criterion, CriterionCategory, Requirement } from '../../../../../shared/model/criteria';
import type { Question } from '../../../../../shared/model/questions';
import { defaultQualityScale, type ScoringMethod } from '../../../../../shared/model/scoring';
import type { TenderContent } from '../../../../../shared/model/tender';

const templates = (clausesFile as { clauses: ClauseTemplate[] }).clauses;
const questions = (questionsFile as { questions: Question[] }).questions;

function template(id: string): ClauseTemplate {
  const found = templates.find((t) => t.id === id);
  if (!found) throw new Error(`No built-in clause ${id}`);
  return found;
}

export function criterion(
  id: string,
  name: string,
  category: CriterionCategory,
  weight: number,
  extra: { parentId?: string; scoring?: ScoringMethod; description?: string; evidence?: string } = {},
): Criterion {
  const priced = category === 'price' || category === 'cost';
  return {
    id,
    ...(extra.parentId ? { parentId: extra.parentId } : {}),
    name,
    description: extra.description ?? '',
    category,
    weight,
    scoring: extra.scoring ?? (priced ? { type: 'lowest-price-ratio' } : defaultQualityScale(5)),
    evidence: extra.evidence ?? (priced ? '' : 'A written description with supporting documents.'),
  };
}

function requirement(id: string, name: string, evidence: string, description = ''): Requirement {
  return { id, name, description, evidence };
}

/** The clauses of the realistic tender, with the values a buyer would fill in. */
export const CLAUSE_CHOICES: { id: string; values: ParameterValues }[] = [
  { id: 'tier1-factory-disclosure', values: { days_to_disclose: 45, disclosure_format: 'open-data' } },
  { id: 'tier2-minerals-smelters', values: { first_report_date: '2027-03-01' } },
  { id: 'data-sharing-monitor', values: { monitoring_organisation: 'Electronics Watch' } },
  { id: 'remedy-corrective-action', values: { plan_days: 21 } },
  { id: 'escalation-steps', values: {} },
  { id: 'penalty-persistent-non-compliance', values: { penalty_percent: 2, penalty_cap_percent: 10 } },
];

export function clauseTemplateTitles(): string[] {
  return CLAUSE_CHOICES.map((c) => template(c.id).title);
}

export function realisticContent(): TenderContent {
  return {
    title: 'Laptops, phones and accessories for the city administration',
    reference: 'TW-2026-014',
    buyer: 'City of Northfield',
    description: 'Framework agreement for end-user devices over four years, with supply-chain disclosure and worker-driven monitoring.',
    lots: [
      {
        id: 'lot-laptops',
        title: 'Laptops and docking stations',
        criteria: [
          criterion('c-price', 'Total price over four years', 'price', 5000),
          criterion('c-tech', 'Technical quality', 'quality', 2500),
          criterion('c-battery', 'Battery life and repairability', 'quality', 1500, {
            parentId: 'c-tech',
            description: 'Measured battery life and the availability of spare parts.',
          }),
          criterion('c-access', 'Accessibility features', 'quality', 1000, { parentId: 'c-tech' }),
          criterion('c-transp', 'Supply-chain transparency', 'social', 1500),
          criterion('c-disclose', 'Factory disclosure at bid stage', 'social', 1000, { parentId: 'c-transp' }),
          criterion('c-grievance', 'Grievance mechanism for workers', 'social', 500, { parentId: 'c-transp' }),
          criterion('c-energy', 'Energy efficiency', 'environmental', 1000),
        ],
        requirements: [
          requirement('r-assembly', 'Discloses its final assembly factories', 'The completed factory list in the buyer’s template.'),
          requirement(
            'r-code',
            'Accepts the supplier code of conduct',
            'A signed declaration.',
            'The code of conduct is annexed to the tender.',
          ),
        ],
        minimumQualityScore: 2500,
      },
      {
        id: 'lot-phones',
        title: 'Mobile phones',
        criteria: [
          criterion('c-phone-price', 'Unit price', 'price', 4000, { scoring: { type: 'absolute', ceiling: 450000, floor: 300000 } }),
          criterion('c-durability', 'Durability and software support', 'quality', 3000),
          criterion('c-monitoring', 'Worker-driven monitoring', 'social', 2000, { scoring: defaultQualityScale(10) }),
          criterion('c-takeback', 'Take-back and recycling', 'environmental', 1000),
        ],
        requirements: [requirement('r-minerals', 'Reports on smelters and refiners', 'The latest smelter list.')],
      },
    ],
    clauses: CLAUSE_CHOICES.map((choice, order) =>
      createInstance(template(choice.id), { order, origin: 'builtin', values: choice.values, id: `cl-${order + 1}` }),
    ),
    qa: {
      questions: questions.slice(0, 10).map((q, order) => ({ questionId: q.id, order, question: q })),
      suppliers: [],
      threads: [],
    },
  };
}

/** Control characters, lone surrogates and markup, in every kind of user text. */
export const NASTY = 'A\u0000B\u0001C\u0008D\u000bE\u001fF \ud800 \udc00 <w:p>x</w:p> ]]> &amp; "quoted" \u2028 \uffff end\ttab\r\nline';

export function poisonedContent(): TenderContent {
  const content = realisticContent();
  content.title = `Title ${NASTY}`.slice(0, 300);
  content.reference = 'REF<w:t>\u0007';
  content.buyer = `Buyer ]]> ${NASTY}`.slice(0, 300);
  content.description = NASTY;
  const lot = content.lots[0];
  if (lot) {
    lot.title = `Lot ${NASTY}`.slice(0, 300);
    lot.criteria = lot.criteria.map((c) => ({
      ...c,
      name: `${c.name} ${NASTY}`.slice(0, 300),
      description: NASTY,
      evidence: c.evidence && NASTY,
    }));
    lot.requirements = lot.requirements.map((r) => ({ ...r, name: `${r.name} <b>`, description: NASTY, evidence: NASTY }));
  }
  const first = content.clauses[0];
  if (first) first.values = { ...first.values, buyer: `Buyer ${NASTY}`.slice(0, 300), supplier: 'Supplier </w:t></w:r></w:p><w:p>' };
  const q = content.qa.questions[0];
  if (q) q.question = { ...q.question, question: `Question ${NASTY}`, why: NASTY };
  return content;
}
