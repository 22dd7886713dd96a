import { Button, Loader } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActions, useConflict, useOpenTenderId, useReadOnly, useSaveState } from '../store';
import { clockTime, fullDate } from '../lib/format';

/** The open tender's save state, announced politely to screen readers as it changes. */
export function SaveIndicator() {
  const { t } = useTranslation('common');
  const id = useOpenTenderId();
  const save = useSaveState();
  const { saveNow } = useActions();
  const conflict = useConflict();
  const readOnly = useReadOnly();
  if (!id) return null;

  let icon = null;
  let text = '';
  // Autosave waits for the banner's choice (or for the folder) rather than failing: say so, without Retry.
  const held = conflict ? t('save.heldConflict') : readOnly ? t('save.heldReadOnly') : null;
  if (held) {
    icon = <IconAlertCircle size={16} aria-hidden />;
    text = held;
  } else {
    switch (save.status) {
      case 'pending':
      case 'saving':
        icon = <Loader size={14} aria-hidden />;
        text = t('save.saving');
        break;
      case 'saved':
        icon = <IconCircleCheck size={16} aria-hidden />;
        text = t('save.saved');
        break;
      case 'invalid':
        icon = <IconAlertCircle size={16} aria-hidden />;
        text = t('save.invalid', { reason: save.message ?? t('save.fieldNeedsAttention') });
        break;
      case 'error':
        icon = <IconAlertCircle size={16} aria-hidden />;
        text = save.message ? t('save.error', { reason: save.message }) : t('save.errorNoReason');
        break;
      default:
        break;
    }
  }

  return (
    <>
      <div
        id="save-state"
        className="tw-save-state"
        data-status={held ? 'held' : save.status}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        title={save.status === 'saved' && save.savedAt ? t('save.savedOn', { when: fullDate(save.savedAt) }) : undefined}
      >
        {icon}
        <span>
          {text}
          {!held && save.status === 'saved' && save.savedAt ? (
            <span className="tw-muted-cell"> {t('save.at', { time: clockTime(save.savedAt) })}</span>
          ) : null}
        </span>
      </div>
      {save.status === 'error' && !held ? (
        <Button size="compact-sm" variant="light" color="red" onClick={() => void saveNow()}>
          {t('actions.retry')}
        </Button>
      ) : null}
    </>
  );
}
