/** Labels of the models' codes as a tender's documents write them, in the tender's language. */
import type { ClausePurpose, LeverageCategory, MomentOfTraction } from '../model/clauses';
import type { QuestionTheme } from '../model/questions';
import type { DocumentVoice } from './voice';

type Label = (voice: DocumentVoice) => string;

export const QUESTION_THEME_NAMES: Record<QuestionTheme, Label> = {
  'forced-labour': ({ t }) => t('documents:labels.themes.forcedLabour'),
  recruitment: ({ t }) => t('documents:labels.themes.recruitment'),
  'freedom-of-association': ({ t }) => t('documents:labels.themes.freedomOfAssociation'),
  'health-safety': ({ t }) => t('documents:labels.themes.healthSafety'),
  'temporary-labour': ({ t }) => t('documents:labels.themes.temporaryLabour'),
  'purchasing-practices': ({ t }) => t('documents:labels.themes.purchasingPractices'),
  transparency: ({ t }) => t('documents:labels.themes.transparency'),
  'grievance-remedy': ({ t }) => t('documents:labels.themes.grievanceRemedy'),
  minerals: ({ t }) => t('documents:labels.themes.minerals'),
};

export const LEVERAGE_NAMES: Record<LeverageCategory, Label> = {
  A: ({ t }) => t('documents:labels.leverage.A'),
  B: ({ t }) => t('documents:labels.leverage.B'),
  C: ({ t }) => t('documents:labels.leverage.C'),
  D: ({ t }) => t('documents:labels.leverage.D'),
  E: ({ t }) => t('documents:labels.leverage.E'),
};

export const PURPOSE_NAMES: Record<ClausePurpose, Label> = {
  'oblige-to-address': ({ t }) => t('documents:labels.purposes.obligeToAddress'),
  'oblige-to-discuss': ({ t }) => t('documents:labels.purposes.obligeToDiscuss'),
  persuade: ({ t }) => t('documents:labels.purposes.persuade'),
};

export const MOMENT_NAMES: Record<MomentOfTraction, Label> = {
  'contract-negotiation': ({ t }) => t('documents:labels.moments.contractNegotiation'),
  'licence-or-renewal': ({ t }) => t('documents:labels.moments.licenceOrRenewal'),
  'bid-qualification': ({ t }) => t('documents:labels.moments.bidQualification'),
  'implementation-reports': ({ t }) => t('documents:labels.moments.implementationReports'),
  'service-agreement-renewal': ({ t }) => t('documents:labels.moments.serviceAgreementRenewal'),
  'maintenance-points': ({ t }) => t('documents:labels.moments.maintenancePoints'),
  'disbursement-of-funds': ({ t }) => t('documents:labels.moments.disbursementOfFunds'),
  'monitoring-audit': ({ t }) => t('documents:labels.moments.monitoringAudit'),
  'technical-assistance': ({ t }) => t('documents:labels.moments.technicalAssistance'),
  'complaint-investigation': ({ t }) => t('documents:labels.moments.complaintInvestigation'),
};
