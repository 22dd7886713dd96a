import { z } from 'zod';
import { CriteriaSettingsSchema, DEFAULT_CRITERIA_SETTINGS } from './criteria';
import { CurrencyCodeSchema } from './currency';
import { DEFAULT_HISTORY_POLICY, HistoryPolicySchema } from './history';
import { revisionFields } from './workspace';

/**
 * 2: adds the organisation's criteria settings (floors, default scale).
 * 3: adds how long the saves of each tender are kept (history).
 * 4: adds the notice exports' settings (the OCDS ocid prefix).
 * 5: adds the update policy (off unless the organisation chooses otherwise).
 */
export const SETTINGS_SCHEMA_VERSION = 5;

/** "ocds-" and the six letters or digits the Open Contracting Partnership registers for a publisher. */
export const OCID_PREFIX_PATTERN = /^ocds-[a-z0-9]{6}$/;

export const NoticeSettingsSchema = z
  .object({
    /** Empty until the organisation enters the prefix it registered; the OCDS export needs it. */
    ocidPrefix: z
      .string()
      .refine(
        (prefix) => prefix === '' || OCID_PREFIX_PATTERN.test(prefix),
        'An OCID prefix is “ocds-” followed by 6 lowercase letters or digits, e.g. ocds-a1b2c3',
      ),
  })
  .strict();
export type NoticeSettings = z.infer<typeof NoticeSettingsSchema>;
export const DEFAULT_NOTICE_SETTINGS: NoticeSettings = { ocidPrefix: '' };

/**
 * When the app may fetch a new version of itself, like VS Code's update.mode: public-sector IT decides
 * when software changes, so 'none' (IT installs new versions) is the default.
 */
export const UPDATE_MODES = ['none', 'manual', 'start'] as const;
export type UpdateMode = (typeof UPDATE_MODES)[number];
export const UpdateSettingsSchema = z.object({ mode: z.enum(UPDATE_MODES, 'Choose when Tenderwright may look for updates') }).strict();
export type UpdateSettings = z.infer<typeof UpdateSettingsSchema>;
export const DEFAULT_UPDATE_SETTINGS: UpdateSettings = { mode: 'none' };

export const SettingsSchema = z
  .object({
    schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
    organisation: z.string().max(300, 'Organisation must be at most 300 characters'),
    criteria: CriteriaSettingsSchema,
    history: HistoryPolicySchema,
    notices: NoticeSettingsSchema,
    updates: UpdateSettingsSchema,
    /** The currency new tenders start with; optional so older settings files need no migration. */
    currency: CurrencyCodeSchema.optional(),
    ...revisionFields,
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  organisation: '',
  criteria: DEFAULT_CRITERIA_SETTINGS,
  history: DEFAULT_HISTORY_POLICY,
  notices: DEFAULT_NOTICE_SETTINGS,
  updates: DEFAULT_UPDATE_SETTINGS,
};
