import { z } from 'zod';
import { CriteriaSettingsSchema, DEFAULT_CRITERIA_SETTINGS } from './criteria';
import { DEFAULT_HISTORY_POLICY, HistoryPolicySchema } from './history';
import { revisionFields } from './workspace';

/**
 * 2: adds the organisation's criteria settings (floors, default scale).
 * 3: adds how long the saves of each tender are kept (history).
 */
export const SETTINGS_SCHEMA_VERSION = 3;

export const SettingsSchema = z
  .object({
    schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
    organisation: z.string().max(300, 'Organisation must be at most 300 characters'),
    criteria: CriteriaSettingsSchema,
    history: HistoryPolicySchema,
    ...revisionFields,
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  organisation: '',
  criteria: DEFAULT_CRITERIA_SETTINGS,
  history: DEFAULT_HISTORY_POLICY,
};
