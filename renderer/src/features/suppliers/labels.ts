/** Names of the register's and the Q&A's fixed values in the user's language, read at each render. */
import { t } from '@shared/i18n';
import type { MaturityLevel } from '@shared/model/questions';
import type { IdentifierScheme } from '@shared/model/suppliers';

export const SCHEME_LABEL: Record<IdentifierScheme, () => string> = {
  'company-number': () => t('suppliers:scheme.companyNumber'),
  vat: () => t('suppliers:scheme.vat'),
  duns: () => t('suppliers:scheme.duns'),
  lei: () => t('suppliers:scheme.lei'),
  other: () => t('suppliers:scheme.other'),
};

/** The maturity levels' names are the Q&A's own. */
export const LEVEL_NAME: Record<MaturityLevel, () => string> = {
  0: () => t('questions:level.notInPlace'),
  1: () => t('questions:level.starting'),
  2: () => t('questions:level.established'),
  3: () => t('questions:level.leading'),
};
