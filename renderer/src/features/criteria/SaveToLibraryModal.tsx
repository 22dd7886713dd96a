import { useState } from 'react';
import { Alert, List, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS, newId } from '@shared/model/common';
import type { Criterion } from '@shared/model/criteria';
import { CriteriaLibraryEntrySchema, libraryEntryFromCriterion, type CriteriaLibraryEntry } from '@shared/model/criteriaLibrary';
import { call } from '../../api';
import { useActions, useLibrary, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';
import { ModalForm } from '../../components/FormModal';

/** What a library entry still lacks, in plain words (a library entry must be complete). */
function problemsOf(entry: CriteriaLibraryEntry): string[] {
  const parsed = CriteriaLibraryEntrySchema.safeParse(entry);
  if (parsed.success) return [];
  return [...new Set(parsed.error.issues.map((issue) => issue.message))];
}

function SaveForm({ criterion, onClose }: { criterion: Criterion; onClose: () => void }) {
  const { library, language } = useLibrary();
  const { applyLibraryView, loadLibrary } = useActions();
  const ownMatch = library?.criteria.own.find((e) => e.id === criterion.libraryId);
  const [mode, setMode] = useState<'new' | 'update'>(ownMatch ? 'update' : 'new');
  const [guidance, setGuidance] = useState(ownMatch?.guidance ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const entryId = mode === 'update' && ownMatch ? ownMatch.id : null;
  const draft = libraryEntryFromCriterion(criterion, {
    id: entryId ?? 'own-draft',
    guidance: guidance.trim(),
    ...(ownMatch?.tags ? { tags: ownMatch.tags } : {}),
    language,
  });
  const problems = problemsOf(draft);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await loadLibrary();
      const entry = { ...draft, id: entryId ?? newId('own') };
      applyLibraryView(await call('library.saveCriterion', { entry, baseRevision: libraryRevision() }));
      notifications.show({
        color: 'teal',
        title: 'Saved to your library',
        message: `“${entry.name}” is in your library; find it under “Add from library” in any tender.`,
      });
      onClose();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <ModalForm
      nativeUndo
      noValidate={false}
      onSubmit={() => {
        if (!problems.length) void save();
      }}
      onCancel={onClose}
      submitLabel="Save to my library"
      busy={busy}
      submitDisabled={problems.length > 0}
      error={error}
      errorTitle="Not saved"
    >
      <Text size="sm">
        Keeps “{criterion.name.trim() || 'this criterion'}” — its description, evidence and scoring — for later tenders. Its weight stays
        with this lot.
      </Text>
      {ownMatch ? (
        <Radio.Group label="Save as" value={mode} onChange={(v) => setMode(v as 'new' | 'update')}>
          <Stack gap={6} mt={4}>
            <Radio value="update" label={`Update “${ownMatch.name}” in my library`} />
            <Radio value="new" label="A new entry in my library" />
          </Stack>
        </Radio.Group>
      ) : null}
      <Textarea
        label="Guidance for colleagues (optional)"
        description="When to use this criterion and what to watch for."
        autosize
        minRows={2}
        maxRows={6}
        maxLength={LIMITS.longText}
        value={guidance}
        onChange={(e) => setGuidance(e.currentTarget.value)}
        data-autofocus
      />
      {problems.length ? (
        <Alert color="yellow" title="Complete the criterion first">
          <Text size="sm">A library entry must be complete so colleagues can use it as it is:</Text>
          <List size="sm" mt={4}>
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </ModalForm>
  );
}

export function SaveToLibraryModal({ criterion, onClose }: { criterion: Criterion | null; onClose: () => void }) {
  return (
    <Modal opened={criterion !== null} onClose={onClose} title="Save to my library">
      {criterion ? <SaveForm key={criterion.id} criterion={criterion} onClose={onClose} /> : null}
    </Modal>
  );
}
