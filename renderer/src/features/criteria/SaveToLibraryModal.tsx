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
import { useTranslation } from 'react-i18next';

/** What a library entry still lacks, in plain words (a library entry must be complete). */
function problemsOf(entry: CriteriaLibraryEntry): string[] {
  const parsed = CriteriaLibraryEntrySchema.safeParse(entry);
  if (parsed.success) return [];
  return [...new Set(parsed.error.issues.map((issue) => issue.message))];
}

function SaveForm({ criterion, onClose }: { criterion: Criterion; onClose: () => void }) {
  const { t } = useTranslation('criteria');
  // The criterion is written in the open tender's language, so its library copy is kept in that one.
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
    language,
    ...(ownMatch?.tags ? { tags: ownMatch.tags } : {}),
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
        title: t('save.saved'),
        message: t('save.savedMessage', { name: entry.name }),
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
      submitLabel={t('save.submit')}
      busy={busy}
      submitDisabled={problems.length > 0}
      error={error}
      errorTitle={t('save.notSaved')}
    >
      <Text size="sm">{t('save.intro', { name: criterion.name.trim() || t('save.thisCriterion') })}</Text>
      {ownMatch ? (
        <Radio.Group label={t('save.saveAs')} value={mode} onChange={(v) => setMode(v as 'new' | 'update')}>
          <Stack gap={6} mt={4}>
            <Radio value="update" label={t('save.update', { name: ownMatch.name })} />
            <Radio value="new" label={t('save.asNew')} />
          </Stack>
        </Radio.Group>
      ) : null}
      <Textarea
        label={t('save.guidance')}
        description={t('save.guidanceHint')}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={LIMITS.longText}
        value={guidance}
        onChange={(e) => setGuidance(e.currentTarget.value)}
        data-autofocus
      />
      {problems.length ? (
        <Alert color="yellow" title={t('save.incomplete')}>
          <Text size="sm">{t('save.incompleteBody')}</Text>
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
  const { t } = useTranslation('criteria');
  return (
    <Modal opened={criterion !== null} onClose={onClose} title={t('save.title')}>
      {criterion ? <SaveForm key={criterion.id} criterion={criterion} onClose={onClose} /> : null}
    </Modal>
  );
}
