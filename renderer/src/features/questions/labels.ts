/**
 * Names of the Q&A's fixed values (themes, stages, maturity levels, roles, round kinds) in the user's
 * language. Functions, not strings, so each render reads the language chosen at that moment.
 */
import { t } from '@shared/i18n';
import type { FollowUpStatus, MaturityLevel, QuestionStage, QuestionTheme, RoundKind, SupplierRole } from '@shared/model/questions';

export const THEME_LABEL: Record<QuestionTheme, () => string> = {
  'forced-labour': () => t('questions:theme.forcedLabour'),
  recruitment: () => t('questions:theme.recruitment'),
  'freedom-of-association': () => t('questions:theme.freedomOfAssociation'),
  'health-safety': () => t('questions:theme.healthSafety'),
  'temporary-labour': () => t('questions:theme.temporaryLabour'),
  'purchasing-practices': () => t('questions:theme.purchasingPractices'),
  transparency: () => t('questions:theme.transparency'),
  'grievance-remedy': () => t('questions:theme.grievanceRemedy'),
  minerals: () => t('questions:theme.minerals'),
};

export const STAGE_LABEL: Record<QuestionStage, () => string> = {
  'market-engagement': () => t('questions:stage.marketEngagement'),
  tender: () => t('questions:stage.tender'),
  contract: () => t('questions:stage.contract'),
};

export const LEVEL_NAME: Record<MaturityLevel, () => string> = {
  0: () => t('questions:level.notInPlace'),
  1: () => t('questions:level.starting'),
  2: () => t('questions:level.established'),
  3: () => t('questions:level.leading'),
};

export const ROLE_LABEL: Record<SupplierRole, () => string> = {
  bidder: () => t('questions:role.bidder'),
  contracted: () => t('questions:role.contracted'),
};

export const ROUND_KIND_LABEL: Record<RoundKind, () => string> = {
  tender: () => t('questions:roundKind.tender'),
  review: () => t('questions:roundKind.review'),
};

export const FOLLOW_UP_STATUS_LABEL: Record<FollowUpStatus, () => string> = {
  open: () => t('questions:followUpStatus.open'),
  done: () => t('questions:followUpStatus.done'),
  cancelled: () => t('questions:followUpStatus.cancelled'),
};
