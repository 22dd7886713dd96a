import { z } from 'zod';

export const SETTINGS_SCHEMA_VERSION = 1;

export const SettingsSchema = z
  .object({
    schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
    organisation: z.string().max(300),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { schemaVersion: SETTINGS_SCHEMA_VERSION, organisation: '' };
