import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { contract } from '@shared/api/contract';
import { LIMITS } from '@shared/model/common';
import type { TenderSummary } from '@shared/model/tender';
import { useActions } from '../../store';
import { apiFieldErrors, fieldErrorsOf, messageOf, zodIssues } from '../../lib/errors';

export function RenameTenderModal({ tender, onClose }: { tender: TenderSummary | null; onClose: () => void }) {
  return (
    <Modal opened={tender !== null} onClose={onClose} title="Rename tender">
      {/* Keyed, so the form starts from the tender's current title each time it opens. */}
      {tender ? <RenameForm key={tender.id} tender={tender} onDone={onClose} /> : null}
    </Modal>
  );
}

function RenameForm({ tender, onDone }: { tender: TenderSummary; onDone: () => void }) {
  const { renameTender } = useActions();
  const [title, setTitle] = useState(tender.title);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = contract['tenders.rename'].input.safeParse({ id: tender.id, title });
    if (!parsed.success) {
      setError(fieldErrorsOf(zodIssues(parsed.error.issues)).title ?? parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      await renameTender(tender.id, parsed.data.title);
      onDone();
    } catch (e) {
      setError(apiFieldErrors(e).title ?? messageOf(e));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <TextInput
          label="Title"
          required
          data-autofocus
          maxLength={LIMITS.shortText}
          value={title}
          error={error}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setError(undefined);
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Rename
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
