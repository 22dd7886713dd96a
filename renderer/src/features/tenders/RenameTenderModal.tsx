import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '@shared/api/contract';
import { LIMITS } from '@shared/model/common';
import type { TenderSummary } from '@shared/model/tender';
import { useActions } from '../../store';
import { apiFieldErrors, fieldErrorsOf, zodIssues } from '../../lib/errors';
import { NameForm } from '../../components/NameForm';

export function RenameTenderModal({ tender, onClose }: { tender: TenderSummary | null; onClose: () => void }) {
  const { t } = useTranslation('tenders');
  const { renameTender } = useActions();
  return (
    <Modal opened={tender !== null} onClose={onClose} title={t('rename.title')}>
      {/* Keyed, so the form starts from the tender's current title each time it opens. */}
      {tender ? (
        <NameForm
          key={tender.id}
          label={t('rename.label')}
          initial={tender.title}
          maxLength={LIMITS.shortText}
          submitLabel={t('rename.submit')}
          check={(title) => {
            const parsed = contract['tenders.rename'].input.safeParse({ id: tender.id, title });
            if (parsed.success) return { value: parsed.data.title };
            return {
              error: fieldErrorsOf(zodIssues(parsed.error.issues)).title ?? parsed.error.issues[0]?.message ?? t('rename.invalid'),
            };
          }}
          onSubmit={(title) => renameTender(tender.id, title)}
          errorOf={(e) => apiFieldErrors(e).title}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
}
