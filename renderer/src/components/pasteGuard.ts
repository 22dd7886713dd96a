/**
 * One guard for every text field of the app: a paste that holds characters no Word or Excel file can
 * carry, or that is longer than the field holds, is taken in cleaned or cut form and the user is told
 * what was removed or cut. Without it the browser cuts a long paste at the field's maxLength without
 * a word, and invisible characters ride along into the exports.
 */
import { t } from '@shared/i18n';
import { cleanPaste } from '@shared/rules/xmlSafeText';

/** Where a paste lands: the field's text, the selection the paste replaces, and the field's limit. */
export interface PasteTarget {
  value: string;
  selectionStart: number;
  selectionEnd: number;
  /** The field's maxLength, or undefined when it has none. */
  maxLength?: number;
}

/** What to insert in place of the paste, and what to tell the user; null when the paste can go in as it is. */
export function guardPaste(target: PasteTarget, pasted: string): { insert: string; message: string } | null {
  const replaced = Math.max(0, target.selectionEnd - target.selectionStart);
  const kept = target.value.length - replaced;
  const result = cleanPaste(pasted, target.maxLength ?? Number.POSITIVE_INFINITY, kept);
  return result.message === null ? null : { insert: result.text, message: result.message };
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

type TextField = HTMLInputElement | HTMLTextAreaElement;

function textFieldOf(target: EventTarget | null): TextField | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)) return target;
  return null;
}

/** The field's name as the user sees it: its label (without the required mark), else its aria-label. */
export function fieldName(field: TextField): string {
  const label = field.labels?.[0]?.textContent?.replace(/\s*\*\s*$/, '').trim();
  return label || field.getAttribute('aria-label')?.trim() || t('common:pasteGuard.thisField');
}

export type PasteNotice = (field: TextField, fieldLabel: string, message: string) => void;

/**
 * Watches every paste on the page (capture phase, before any field sees it). Returns the function
 * that stops watching.
 */
export function installPasteGuard(doc: Document, notice: PasteNotice): () => void {
  const onPaste = (event: ClipboardEvent) => {
    const field = textFieldOf(event.target);
    if (!field || field.readOnly || field.disabled) return;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const guarded = guardPaste(
      {
        value: field.value,
        selectionStart: field.selectionStart ?? field.value.length,
        selectionEnd: field.selectionEnd ?? field.value.length,
        maxLength: field.maxLength > 0 ? field.maxLength : undefined,
      },
      pasted,
    );
    if (!guarded) return;
    event.preventDefault();
    // insertText goes through the browser’s own editing (deprecated, yet the one way that keeps it): React sees an ordinary input event and Ctrl+Z undoes it.
    if (guarded.insert !== '') doc.execCommand('insertText', false, guarded.insert);
    notice(field, fieldName(field), guarded.message);
  };
  doc.addEventListener('paste', onPaste, true);
  return () => doc.removeEventListener('paste', onPaste, true);
}
