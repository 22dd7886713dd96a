/** Wording shared by the award-criteria checks, and how a check reports a finding. */
import type { Criterion } from '../model/criteria';
import type { Finding } from './findings';
import { formatWeightPercent } from './weights';

export type AddFinding = (f: Omit<Finding, 'id' | 'lotId'>, key?: string) => void;

export const pct = formatWeightPercent;

export function criterionName(c: Criterion, index: number): string {
  return c.name.trim() === '' ? `the unnamed criterion at position ${index + 1}` : `"${c.name.trim()}"`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function listNames(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
}
