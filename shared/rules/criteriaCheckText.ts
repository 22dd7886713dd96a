/** Wording shared by the award-criteria checks, and how a check reports a finding. */
import type { Criterion } from '../model/criteria';
import type { Finding } from './findings';
import { formatWeightPercent } from './weights';
import { currentLanguage, t } from '../i18n';

export type AddFinding = (f: Omit<Finding, 'id' | 'lotId'>, key?: string) => void;

export const pct = formatWeightPercent;

export function criterionName(c: Criterion, index: number): string {
  return c.name.trim() === ''
    ? t('messages:findings.criteria.unnamedCriterion', { position: index + 1 })
    : t('messages:findings.criteria.quotedName', { name: c.name.trim() });
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function listNames(names: string[]): string {
  const language = currentLanguage();
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type: 'conjunction' }).format(names);
}
