import { Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { LIMITS } from '@shared/model/common';
import type { TenderContent } from '@shared/model/tender';
import { useActions, useFieldErrors, useTenderCurrency, type EditableField, type TenderMeta } from '../../store';
import { CurrencySelect } from '../../components/CurrencySelect';
import { ScreenIntro } from '../../components/ScreenHeading';
import { TenderGate } from '../../components/TenderGate';
import { fullDate } from '../../lib/format';
import { tenderFieldId } from '../../components/fieldIds';
import { BackupsPanel } from './BackupsPanel';
import { LotsEditor } from './LotsEditor';
import { LifecycleFields } from './LifecycleFields';

function DetailsForm({ content, meta }: { content: TenderContent; meta: TenderMeta }) {
  const { editField, endEditBurst, changeContent } = useActions();
  const currency = useTenderCurrency();
  const errors = useFieldErrors();
  const bind = (field: EditableField) => ({
    id: tenderFieldId(field),
    value: content[field],
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => editField(field, e.currentTarget.value),
    onBlur: endEditBurst,
  });

  return (
    <div className="tw-details-layout">
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="about-heading">
          <Title order={2} size="h4" id="about-heading" mb="md">
            About this tender
          </Title>
          <Stack gap="md">
            <TextInput label="Title" required maxLength={LIMITS.shortText} {...bind('title')} />
            <Group grow align="flex-start">
              <TextInput label="Reference" maxLength={LIMITS.shortText} {...bind('reference')} />
              <TextInput label="Buying organisation" maxLength={LIMITS.shortText} {...bind('buyer')} />
            </Group>
            <LifecycleFields content={content} />
            <Textarea
              label="Description"
              description="What is being bought, for whom, and why supply-chain conditions matter here."
              autosize
              minRows={4}
              maxRows={14}
              maxLength={LIMITS.longText}
              {...bind('description')}
            />
            <CurrencySelect
              label="Currency"
              description="Every price of this tender is in this currency: bid prices, the price simulator, the ranking and the workbooks."
              value={currency}
              onChange={(code) => changeContent(null, (c) => (c.currency === code ? c : { ...c, currency: code }))}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="lots-heading">
          <Title order={2} size="h4" id="lots-heading" mb={4}>
            Lots
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Each lot is awarded on its own, with its own criteria, clauses and questions.
          </Text>
          <LotsEditor lots={content.lots} />
        </Paper>
        <Text size="xs" c="dimmed">
          Revision {meta.revision} · created {fullDate(meta.createdAt)} · last saved {fullDate(meta.updatedAt)}
        </Text>
      </Stack>
      <BackupsPanel tenderId={meta.id} revision={meta.revision} />
    </div>
  );
}

export function TenderDetails() {
  return (
    <Stack gap="lg">
      <ScreenIntro title="Tender details">Every change is saved as you type. Ctrl+Z undoes an edit, Ctrl+Shift+Z redoes it.</ScreenIntro>
      <TenderGate>{(content, meta) => <DetailsForm content={content} meta={meta} />}</TenderGate>
    </Stack>
  );
}
