import { Group, NativeSelect, Text, TextInput } from '@mantine/core';
import type { TenderContent } from '@shared/model/tender';
import {
  statusOf,
  TENDER_STATUS_LABELS,
  TENDER_STATUSES,
  withDate,
  withStatus,
  type LifecycleDateField,
  type TenderStatus,
} from '@shared/model/tenderStatus';
import { useActions, useFieldErrors } from '../../store';
import { tenderFieldId } from '../../components/fieldIds';

const STATUS_OPTIONS = TENDER_STATUSES.map((status) => ({ value: status, label: TENDER_STATUS_LABELS[status] }));

const STATUS_HELP: Record<TenderStatus, string> = {
  draft: 'Being prepared; not yet published to suppliers.',
  issued: 'Published: suppliers are preparing their bids.',
  evaluating: 'Bids are in and being scored.',
  awarded: 'The contract has been awarded.',
  archived: 'Put away: hidden from the Tenders list unless you ask to see archived tenders.',
};

/** The tender's status and key dates: saved as you type, undone with Ctrl+Z like the other fields. */
export function LifecycleFields({ content }: { content: TenderContent }) {
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
          label="Status"
          description={STATUS_HELP[status]}
          data={STATUS_OPTIONS}
          value={status}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === status) return;
            endEditBurst();
            changeContent(null, (c) => withStatus(c, value as TenderStatus));
          }}
        />
        {dateField('submissionDeadline', 'Submission deadline', 'The last day suppliers can submit a bid.')}
        {dateField('awardDate', 'Award date', 'When the contract is to be awarded.')}
      </Group>
      {awardBeforeDeadline ? (
        <Text size="sm" c="red" role="status">
          The award date is before the submission deadline: check both dates.
        </Text>
      ) : null}
    </>
  );
}
