import { Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
import { TenderLanguageFields } from './TenderLanguageFields';

function DetailsForm({ content, meta }: { content: TenderContent; meta: TenderMeta }) {
  const { t } = useTranslation('tenders');
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
            {t('details.about')}
          </Title>
          <Stack gap="md">
            <TextInput label={t('details.title')} required maxLength={LIMITS.shortText} {...bind('title')} />
            <Group grow align="flex-start">
              <TextInput label={t('details.reference')} maxLength={LIMITS.shortText} {...bind('reference')} />
              <TextInput label={t('details.buyer')} maxLength={LIMITS.shortText} {...bind('buyer')} />
            </Group>
            <LifecycleFields content={content} />
            <Textarea
              label={t('details.description')}
              description={t('details.descriptionHelp')}
              autosize
              minRows={4}
              maxRows={14}
              maxLength={LIMITS.longText}
              {...bind('description')}
            />
            <CurrencySelect
              label={t('details.currency')}
              description={t('details.currencyHelp')}
              value={currency}
              onChange={(code) => changeContent(null, (c) => (c.currency === code ? c : { ...c, currency: code }))}
            />
            <TenderLanguageFields content={content} />
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="lots-heading">
          <Title order={2} size="h4" id="lots-heading" mb={4}>
            {t('details.lots')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('details.lotsIntro')}
          </Text>
          <LotsEditor lots={content.lots} />
        </Paper>
        <Text size="xs" c="dimmed">
          {t('details.revisionLine', { revision: meta.revision, created: fullDate(meta.createdAt), saved: fullDate(meta.updatedAt) })}
        </Text>
      </Stack>
      <BackupsPanel tenderId={meta.id} revision={meta.revision} />
    </div>
  );
}

export function TenderDetails() {
  const { t } = useTranslation('tenders');
  return (
    <Stack gap="lg">
      <ScreenIntro title={t('details.heading')}>{t('details.intro')}</ScreenIntro>
      <TenderGate>{(content, meta) => <DetailsForm content={content} meta={meta} />}</TenderGate>
    </Stack>
  );
}
