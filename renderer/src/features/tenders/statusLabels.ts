import { t } from '@shared/i18n';
import type { TenderStatus } from '@shared/model/tenderStatus';

/** Each status's name in the screens' language (read at render, so a language switch shows at once). */
export const STATUS_LABEL: Record<TenderStatus, () => string> = {
  draft: () => t('tenders:status.draft'),
  issued: () => t('tenders:status.issued'),
  evaluating: () => t('tenders:status.evaluating'),
  awarded: () => t('tenders:status.awarded'),
  archived: () => t('tenders:status.archived'),
};
