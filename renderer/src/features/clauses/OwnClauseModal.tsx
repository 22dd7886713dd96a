import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('clauses');
  const { applyLibraryView } = useActions();
  // A new clause is written in the open tender's language, and is shown as such in tenders of another.
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
    if (problems.length) return showError(t('own.cannotSave', { problems: problems.join(' ') }));
    let clause: LibraryClause;
    if (entry) {
      const result = editClause(entry, built, draft.changeNote.trim() ? { changeNote: draft.changeNote.trim() } : {});
      if (!result.ok) return showError(result.message, result.findings);
      if (!result.value.changed) {
        notifications.show({
          color: 'gray',
          title: t('own.nothingTitle'),
          message: t('own.nothingMessage'),
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
        title: entry ? t('own.savedVersion', { version: version.version }) : t('own.added'),
        message: entry ? t('own.savedMessage', { title: version.title }) : t('own.addedMessage', { title: version.title }),
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
      title={entry ? t('own.editTitle', { title: current?.title ?? '' }) : t('own.newTitle')}
      onSubmit={() => void save()}
      submitLabel={entry ? t('own.saveAs', { version: (current?.version ?? 0) + 1 }) : t('own.addSubmit')}
      busy={busy}
      error={error?.message}
      errorTitle={t('own.notSaved')}
      errorRef={errorRef}
    >
      {entry ? (
        <Text size="sm" c="dimmed">
          {t('own.versionNote', { current: current?.version, next: (current?.version ?? 0) + 1 })}
        </Text>
      ) : null}
      <TextInput
        data-autofocus
        required
        value={draft.title}
        {...guarded('title', t('own.title'), LIMITS.shortText, (v) => set({ title: v }))}
      />
      <Textarea
        autosize
        minRows={3}
        maxRows={12}
        value={draft.body}
        description={t('own.bodyHelp', { supplier: '{{supplier}}', buyer: '{{buyer}}', name: '{{name}}', escape: '\\{{' })}
        {...guarded('body', t('own.body'), LIMITS.longText, (v) => set({ body: v }))}
      />

      <Divider label={t('own.subClauses')} labelPosition="left" />
      <SubClauseRows rows={draft.subClauses} guarded={guarded} onChange={(subClauses) => set({ subClauses })} />

      <Divider label={t('editor.parameters')} labelPosition="left" />
      <ParameterRows rows={draft.params} onChange={(params) => set({ params })} />

      <Divider label={t('own.tags')} labelPosition="left" />
      <ClauseTagFields tags={draft} onChange={set} />
      <Textarea
        autosize
        minRows={2}
        maxRows={8}
        value={draft.guidance}
        {...guarded('guidance', t('own.guidance'), LIMITS.longText, (v) => set({ guidance: v }))}
      />
      {entry ? (
        <TextInput
          value={draft.changeNote}
          description={t('own.changeNoteHelp')}
          {...guarded('changeNote', t('own.changeNote'), LIMITS.shortText, (v) => set({ changeNote: v }))}
        />
      ) : null}

      <TemplateChecks checks={checks} />
    </FormModal>
  );
}
