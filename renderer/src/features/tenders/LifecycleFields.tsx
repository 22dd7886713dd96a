import { Group, NativeSelect, Text, TextInput } from '@mantine/core';
import type { TenderContent } from '@shared/model/tender';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import { statusOf, TENDER_STATUSES, withDate, withStatus, type LifecycleDateField, type TenderStatus } from '@shared/model/tenderStatus';
import { useActions, useFieldErrors } from '../../store';
import { tenderFieldId } from '../../components/fieldIds';
import { STATUS_LABEL } from './statusLabels';

const statusOptions = () => TENDER_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status]() }));

const STATUS_HELP: Record<TenderStatus, () => string> = {
  draft: () => t('tenders:lifecycle.help.draft'),
  issued: () => t('tenders:lifecycle.help.issued'),
  evaluating: () => t('tenders:lifecycle.help.evaluating'),
  awarded: () => t('tenders:lifecycle.help.awarded'),
  archived: () => t('tenders:lifecycle.help.archived'),
};

/** The tender's status and key dates: saved as you type, undone with Ctrl+Z like the other fields. */
export function LifecycleFields({ content }: { content: TenderContent }) {
  const { t } = useTranslation('tenders');
  const { changeContent, endEditBurst } = useActions();
  const errors = useFieldErrors();
  const status = statusOf(content);
  const dateField = (field: LifecycleDateField, label: string, description: string) => (
    <TextInput
      type="date"
      id={tenderFieldId(field)}
      label={label}
      description={description}
      value={content[field] ?? ''}
      error={errors[field]}
      onChange={(e) => {
        const day = e.currentTarget.value;
        changeContent(field, (c) => ((c[field] ?? '') === day ? c : withDate(c, field, day)));
      }}
      onBlur={endEditBurst}
    />
  );
  const awardBeforeDeadline = content.awardDate && content.submissionDeadline && content.awardDate < content.submissionDeadline;

  return (
    <>
      <Group grow align="flex-start">
        <NativeSelect
          id={tenderFieldId('status')}
          label={t('lifecycle.status')}
          description={STATUS_HELP[status]()}
          data={statusOptions()}
          value={status}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === status) return;
            endEditBurst();
            changeContent(null, (c) => withStatus(c, value as TenderStatus));
          }}
        />
        {dateField('submissionDeadline', t('lifecycle.submissionDeadline'), t('lifecycle.submissionDeadlineHelp'))}
        {dateField('awardDate', t('lifecycle.awardDate'), t('lifecycle.awardDateHelp'))}
      </Group>
      {awardBeforeDeadline ? (
        <Text size="sm" c="red" role="status">
          {t('lifecycle.awardBeforeDeadline')}
        </Text>
      ) : null}
    </>
  );
}
