import { t } from '@shared/i18n';
import {
  CLAUSE_PURPOSES,
  CLAUSE_TOPICS,
  LEVERAGE_CATEGORIES,
  MOMENTS_OF_TRACTION,
  PARAMETER_TYPES,
  type ClausePurpose,
  type ClauseTopic,
  type LeverageCategory,
  type MomentOfTraction,
  type ParameterType,
} from '@shared/model/clauses';
import type { GlossaryTermId } from '@shared/model/glossary';

// Functions, not strings: each label is read in the user's language at render time.
const TOPIC_LABEL: Record<ClauseTopic, () => string> = {
  'tier1-disclosure': () => t('clauses:topic.tier1Disclosure'),
  'tier2-disclosure': () => t('clauses:topic.tier2Disclosure'),
  updates: () => t('clauses:topic.updates'),
  'data-sharing': () => t('clauses:topic.dataSharing'),
  'compliance-findings': () => t('clauses:topic.complianceFindings'),
  'cooperation-with-monitors': () => t('clauses:topic.cooperationWithMonitors'),
  'non-retaliation': () => t('clauses:topic.nonRetaliation'),
  remedy: () => t('clauses:topic.remedy'),
  escalation: () => t('clauses:topic.escalation'),
  penalties: () => t('clauses:topic.penalties'),
  'incentives-extension': () => t('clauses:topic.incentivesExtension'),
};

const LEVERAGE_LABEL: Record<LeverageCategory, () => string> = {
  A: () => t('clauses:leverage.A'),
  B: () => t('clauses:leverage.B'),
  C: () => t('clauses:leverage.C'),
  D: () => t('clauses:leverage.D'),
  E: () => t('clauses:leverage.E'),
};

const LEVERAGE_DESCRIPTION: Record<LeverageCategory, () => string> = {
  A: () => t('clauses:leverageDescription.A'),
  B: () => t('clauses:leverageDescription.B'),
  C: () => t('clauses:leverageDescription.C'),
  D: () => t('clauses:leverageDescription.D'),
  E: () => t('clauses:leverageDescription.E'),
};

const PURPOSE_LABEL: Record<ClausePurpose, () => string> = {
  'oblige-to-address': () => t('clauses:purpose.obligeToAddress'),
  'oblige-to-discuss': () => t('clauses:purpose.obligeToDiscuss'),
  persuade: () => t('clauses:purpose.persuade'),
};

const MOMENT_LABEL: Record<MomentOfTraction, () => string> = {
  'contract-negotiation': () => t('clauses:moment.contractNegotiation'),
  'licence-or-renewal': () => t('clauses:moment.licenceOrRenewal'),
  'bid-qualification': () => t('clauses:moment.bidQualification'),
  'implementation-reports': () => t('clauses:moment.implementationReports'),
  'service-agreement-renewal': () => t('clauses:moment.serviceAgreementRenewal'),
  'maintenance-points': () => t('clauses:moment.maintenancePoints'),
  'disbursement-of-funds': () => t('clauses:moment.disbursementOfFunds'),
  'monitoring-audit': () => t('clauses:moment.monitoringAudit'),
  'technical-assistance': () => t('clauses:moment.technicalAssistance'),
  'complaint-investigation': () => t('clauses:moment.complaintInvestigation'),
};

const PARAMETER_TYPE_LABEL: Record<ParameterType, () => string> = {
  number: () => t('clauses:parameterType.number'),
  text: () => t('clauses:parameterType.text'),
  choice: () => t('clauses:parameterType.choice'),
  date: () => t('clauses:parameterType.date'),
};

export const topicLabel = (topic: ClauseTopic) => TOPIC_LABEL[topic]();
/** "A · Traditional commercial leverage": the letter with its short name. */
export const leverageLabel = (category: LeverageCategory) => LEVERAGE_LABEL[category]();
export const leverageDescription = (category: LeverageCategory) => LEVERAGE_DESCRIPTION[category]();
export const purposeLabel = (purpose: ClausePurpose) => PURPOSE_LABEL[purpose]();
export const momentLabel = (moment: MomentOfTraction) => MOMENT_LABEL[moment]();

export const parameterTypeLabel = (type: ParameterType) => PARAMETER_TYPE_LABEL[type]();
export const parameterTypeOptions = () => PARAMETER_TYPES.map((value) => ({ value, label: parameterTypeLabel(value) }));

export const topicOptions = () => CLAUSE_TOPICS.map((value) => ({ value, label: topicLabel(value) }));
export const leverageOptions = () => LEVERAGE_CATEGORIES.map((value) => ({ value, label: leverageLabel(value) }));
export const purposeOptions = () => CLAUSE_PURPOSES.map((value) => ({ value, label: purposeLabel(value) }));
export const momentOptions = () => MOMENTS_OF_TRACTION.map((value) => ({ value, label: momentLabel(value) }));

/** The glossary entry that explains each leverage category. */
export const LEVERAGE_TERMS: Record<LeverageCategory, GlossaryTermId> = {
  A: 'leverage-category-a',
  B: 'leverage-category-b',
  C: 'leverage-category-c',
  D: 'leverage-category-d',
  E: 'leverage-category-e',
};
