import { useRef, useState } from 'react';
import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { contract } from '@shared/api/contract';
import { LIMITS } from '@shared/model/common';
import { t } from '@shared/i18n';
import { LanguageSchema, type Language } from '@shared/model/language';
import type { Tender } from '@shared/model/tender';
import { useActions, useSettings } from '../../store';
import { apiFieldErrors, fieldErrorsOf, messageOf, zodIssues } from '../../lib/errors';
import { FormModal } from '../../components/FormModal';
import { useUiLanguage } from '../../store/uiLanguage';
import { languageOptions } from './tenderLanguage';

interface Draft {
  title: string;
  reference: string;
  buyer: string;
  lots: { key: number; title: string }[];
  /** Absent until the user picks one: the screens' language then. */
  language?: Language;
}

const emptyDraft = (): Draft => ({ title: '', reference: '', buyer: '', lots: [{ key: 0, title: t('tenders:create.firstLot') }] });

/** The "New tender" form: checked with the contract's own schema, then by the service. */
export function CreateTenderModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (tender: Tender) => void;
}) {
  const { t } = useTranslation('tenders');
  const { createTender } = useActions();
  const uiLanguage = useUiLanguage((s) => s.language);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const language = draft.language ?? uiLanguage;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(1);
  const lotInputs = useRef(new Map<number, HTMLInputElement>());

  // New tenders are bought by the organisation named in Settings unless the user says otherwise.
  const organisation = useSettings().settings?.organisation;
  const fillWith = opened ? organisation : undefined;
  const [filledWith, setFilledWith] = useState(fillWith);
  if (fillWith !== filledWith) {
    setFilledWith(fillWith);
    if (fillWith) setDraft((d) => (d.buyer ? d : { ...d, buyer: fillWith }));
  }

  const close = () => {
    setDraft(emptyDraft());
    setErrors({});
    setFormError(null);
    onClose();
  };

  const update = (patch: Partial<Draft>, clear: string[]) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (clear.some((k) => k in errors)) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !clear.includes(k))));
  };

  const textField = (name: 'title' | 'reference' | 'buyer') => ({
    maxLength: LIMITS.shortText,
    value: draft[name],
    error: errors[name],
    onChange: (e: { currentTarget: { value: string } }) => update({ [name]: e.currentTarget.value }, [name]),
  });

  const addLot = () => {
    const key = nextKey.current++;
    setDraft((d) => ({ ...d, lots: [...d.lots, { key, title: '' }] }));
    // Focus the new field once it exists.
    requestAnimationFrame(() => lotInputs.current.get(key)?.focus());
  };

  const removeLot = (index: number) => {
    setDraft((d) => ({ ...d, lots: d.lots.filter((_, i) => i !== index) }));
    setErrors({});
  };

  const submit = async () => {
    const input = { title: draft.title, reference: draft.reference, buyer: draft.buyer, lots: draft.lots.map((l) => l.title), language };
    const parsed = contract['tenders.create'].input.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(zodIssues(parsed.error.issues)));
      setFormError(null);
      return;
    }
    setBusy(true);
    try {
      const tender = await createTender(parsed.data);
      setDraft(emptyDraft());
      setErrors({});
      setFormError(null);
      onCreated(tender);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      setErrors(fieldErrors);
      setFormError(Object.keys(fieldErrors).length ? null : messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={t('create.title')}
      size="lg"
      submitLabel={t('create.submit')}
      busy={busy}
      error={formError}
      onSubmit={() => void submit()}
    >
      <TextInput label={t('create.titleLabel')} description={t('create.titleHelp')} required data-autofocus {...textField('title')} />
      <Group grow align="flex-start">
        <TextInput label={t('create.reference')} description={t('create.referenceHelp')} {...textField('reference')} />
        <TextInput label={t('create.buyer')} description={t('create.buyerHelp')} {...textField('buyer')} />
      </Group>
      <NativeSelect
        label={t('create.language')}
        description={t('create.languageHelp')}
        data={languageOptions()}
        value={language}
        onChange={(e) => {
          const parsed = LanguageSchema.safeParse(e.currentTarget.value);
          if (parsed.success) setDraft((d) => ({ ...d, language: parsed.data }));
        }}
      />
      <fieldset className="tw-fieldset">
        <legend>
          <Title order={2} size="h5">
            {t('create.lots')}
          </Title>
        </legend>
        <Text size="sm" c="dimmed" mb="xs">
          {t('create.lotsIntro')}
        </Text>
        <Stack gap="xs">
          {draft.lots.map((lot, index) => (
            <Group key={lot.key} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                flex={1}
                label={t('lots.titleLabel', { number: index + 1 })}
                required
                maxLength={LIMITS.shortText}
                value={lot.title}
                error={errors[`lots.${index}`]}
                ref={(el) => {
                  if (el) lotInputs.current.set(lot.key, el);
                  else lotInputs.current.delete(lot.key);
                }}
                onChange={(e) => {
                  const title = e.currentTarget.value;
                  update({ lots: draft.lots.map((l) => (l.key === lot.key ? { ...l, title } : l)) }, [`lots.${index}`]);
                }}
              />
              <ActionIcon
                mt={26}
                size="lg"
                variant="default"
                aria-label={t('lots.remove', { number: index + 1 })}
                disabled={draft.lots.length === 1}
                onClick={() => removeLot(index)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        {errors.lots ? (
          <Text size="sm" c="red" mt="xs" role="alert">
            {errors.lots}
          </Text>
        ) : null}
        <Button
          mt="sm"
          variant="subtle"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={addLot}
          disabled={draft.lots.length >= LIMITS.lots}
        >
          {t('lots.add')}
        </Button>
      </fieldset>
    </FormModal>
  );
}
