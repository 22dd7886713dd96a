import { useState } from 'react';
import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegisteredSupplier } from '@shared/model/suppliers';
import { FormModal } from '../../components/FormModal';
import { messageOf } from '../../lib/errors';

export interface MergeFormProps {
  opened: boolean;
  /** The entry kept. */
  keep: RegisteredSupplier;
  /** The entries that may be merged into it (not merged themselves). */
  candidates: readonly RegisteredSupplier[];
  onClose: () => void;
  onMerge: (mergeId: string) => Promise<unknown>;
}

/** Merges a duplicate entry into this one: tenders that name the duplicate show this entry from then on. */
export function MergeForm({ opened, keep, candidates, onClose, onMerge }: MergeFormProps) {
  const { t } = useTranslation('suppliers');
  const [mergeId, setMergeId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setMergeId(null);
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!mergeId) return setError(t('merge.missing'));
    setBusy(true);
    setError(null);
    try {
      await onMerge(mergeId);
      close();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={t('merge.title', { name: keep.name })}
      submitLabel={t('merge.submit')}
      onSubmit={() => void submit()}
      busy={busy}
      error={error}
    >
      <Text size="sm">{t('merge.explain', { name: keep.name })}</Text>
      <Select
        label={t('merge.duplicate')}
        placeholder={t('merge.placeholder')}
        data={candidates.map((s) => ({ value: s.id, label: s.name }))}
        value={mergeId}
        onChange={setMergeId}
        searchable
        nothingFoundMessage={t('merge.nothingFound')}
        data-autofocus
      />
    </FormModal>
  );
}
