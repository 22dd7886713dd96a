import { useRef, useState } from 'react';
import { Divider, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createOwnClause, currentVersion, editClause, type Finding } from '@shared/clauses';
import type { LibraryClause } from '@shared/model/clauses';
import { LIMITS } from '@shared/model/common';
import { ownClauseForm, reviewOwnClause, type OwnClauseForm } from '@shared/rules/ownClauseForm';
import { call } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useActions, useLibrary, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';
import { ClauseTagFields } from './ClauseTagFields';
import { ParameterRows } from './ParameterRows';
import { SubClauseRows } from './SubClauseRows';
import { TemplateChecks } from './TemplateChecks';
import { useGuardedText } from './useGuardedText';

/**
 * Writes or edits a clause of the team's own library. An edit is saved as a new version; the versions
 * before it stay as they were, and tenders built with them are offered the update.
 */
export function OwnClauseModal({ entry, opened, onClose }: { entry: LibraryClause | null; opened: boolean; onClose: () => void }) {
  const { applyLibraryView } = useActions();
  // A new own clause is written in the language the library is shown in (the open tender's).
  const { language } = useLibrary();
  const [draft, setDraft] = useState<OwnClauseForm>(() => ownClauseForm(entry));
  const [error, setError] = useState<{ message: string; findings?: Finding[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const set = (patch: Partial<OwnClauseForm>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(null);
  };
  const guarded = useGuardedText(() => setError(null));

  const { draft: built, problems, checks } = reviewOwnClause(draft, entry?.id ?? 'new-clause');

  const showError = (message: string, findings?: Finding[]) => {
    setError({ message, ...(findings ? { findings } : {}) });
    requestAnimationFrame(() => errorRef.current?.scrollIntoView({ block: 'nearest' }));
  };

  const save = async () => {
    if (problems.length) return showError(`The clause cannot be saved yet: ${problems.join(' ')}`);
    let clause: LibraryClause;
    if (entry) {
      const result = editClause(entry, built, draft.changeNote.trim() ? { changeNote: draft.changeNote.trim() } : {});
      if (!result.ok) return showError(result.message, result.findings);
      if (!result.value.changed) {
        notifications.show({
          color: 'gray',
          title: 'Nothing to save',
          message: 'The clause is the same as its current version, so no new version was made.',
        });
        onClose();
        return;
      }
      clause = result.value.entry;
    } else {
      const result = createOwnClause(built, { language });
      if (!result.ok) return showError(result.message, result.findings);
      clause = result.value;
    }
    setBusy(true);
    try {
      applyLibraryView(await call('library.saveClause', { clause, baseRevision: libraryRevision() }));
      const version = currentVersion(clause);
      notifications.show({
        color: 'teal',
        title: entry ? `Saved as version ${version.version}` : 'Clause added to your library',
        message: entry
          ? `“${version.title}”: tenders that use an earlier version keep it and are offered the update.`
          : `“${version.title}” can now be added to tenders.`,
      });
      onClose();
    } catch (e) {
      showError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const current = entry ? currentVersion(entry) : null;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={entry ? `Edit “${current?.title}”` : 'New clause in your library'}
      onSubmit={() => void save()}
      submitLabel={entry ? `Save as version ${(current?.version ?? 0) + 1}` : 'Add to your library'}
      busy={busy}
      error={error?.message}
      errorTitle="Not saved"
      errorRef={errorRef}
    >
      {entry ? (
        <Text size="sm" c="dimmed">
          Currently version {current?.version}. Saving makes version {(current?.version ?? 0) + 1}; earlier versions are kept, and tenders
          built with them keep their text until they choose to update.
        </Text>
      ) : null}
      <TextInput data-autofocus required value={draft.title} {...guarded('title', 'Title', LIMITS.shortText, (v) => set({ title: v }))} />
      <Textarea
        autosize
        minRows={3}
        maxRows={12}
        value={draft.body}
        description="Use {{supplier}}, {{buyer}} and your parameters as {{name}}; write \{{ for literal braces."
        {...guarded('body', 'Clause text', LIMITS.longText, (v) => set({ body: v }))}
      />

      <Divider label="Sub-clauses" labelPosition="left" />
      <SubClauseRows rows={draft.subClauses} guarded={guarded} onChange={(subClauses) => set({ subClauses })} />

      <Divider label="Parameters" labelPosition="left" />
      <ParameterRows rows={draft.params} onChange={(params) => set({ params })} />

      <Divider label="Tags and guidance" labelPosition="left" />
      <ClauseTagFields tags={draft} onChange={set} />
      <Textarea
        autosize
        minRows={2}
        maxRows={8}
        value={draft.guidance}
        {...guarded('guidance', 'Guidance for buyers', LIMITS.longText, (v) => set({ guidance: v }))}
      />
      {entry ? (
        <TextInput
          value={draft.changeNote}
          description="Shown with the version, e.g. “Shorter deadline agreed with legal”."
          {...guarded('changeNote', 'What changed (optional)', LIMITS.shortText, (v) => set({ changeNote: v }))}
        />
      ) : null}

      <TemplateChecks checks={checks} />
    </FormModal>
  );
}
