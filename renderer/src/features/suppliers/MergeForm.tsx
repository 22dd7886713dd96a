import { useState } from 'react';
import { Select, Text } from '@mantine/core';
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
  const [mergeId, setMergeId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setMergeId(null);
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!mergeId) return setError('Choose the duplicate entry to merge into this one.');
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
      title={`Merge a duplicate into “${keep.name}”`}
      submitLabel="Merge"
      onSubmit={() => void submit()}
      busy={busy}
      error={error}
    >
      <Text size="sm">
        The duplicate’s identifiers, contacts and name join “{keep.name}”. Tenders that name the duplicate keep their answers, bids and
        disclosures, and show “{keep.name}” from now on.
      </Text>
      <Select
        label="Duplicate entry"
        placeholder="Choose the entry to merge"
        data={candidates.map((s) => ({ value: s.id, label: s.name }))}
        value={mergeId}
        onChange={setMergeId}
        searchable
        nothingFoundMessage="No supplier by that name"
        data-autofocus
      />
    </FormModal>
  );
}
