import { describe, expect, it } from 'vitest';
import { migrate, MigrationError } from '@shared/model/migrations';
import { TenderSchema, TENDER_SCHEMA_VERSION } from '@shared/model/tender';
import { SettingsSchema, SETTINGS_SCHEMA_VERSION } from '@shared/model/settings';
import { LibrarySchema, LIBRARY_SCHEMA_VERSION } from '@shared/model/library';
import { parseInput } from '@shared/api/contract';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { emptyLotEvaluation } from '@shared/model/evaluation';

const versionOneTender = {
  schemaVersion: 1,
  id: 'abc',
  title: 'School laptops',
  reference: 'R-1',
  buyer: 'City',
  description: '',
  lots: [{ id: 'lot-1', title: 'Laptops' }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision: 4,
};

describe('migrations', () => {
  it('brings a version-1 tender to the current layout without touching the original', () => {
    const original = structuredClone(versionOneTender);
    const { doc, migrated } = migrate('tender', original);
    expect(migrated).toBe(true);
    expect(original).toEqual(versionOneTender);
    const tender = TenderSchema.parse(doc);
    expect(tender.schemaVersion).toBe(TENDER_SCHEMA_VERSION);
    expect(tender.lots[0]).toEqual({ id: 'lot-1', title: 'Laptops', criteria: [], requirements: [], evaluation: emptyLotEvaluation() });
    expect(tender.clauses).toEqual([]);
    expect(tender.qa).toEqual({ questions: [], suppliers: [], threads: [] });
    expect(tender.revision).toBe(4);
  });

  it('brings a version-0 tender (no schemaVersion) all the way up', () => {
    const { schemaVersion: _dropped, revision: _r, description: _d, ...legacy } = versionOneTender;
    const { doc } = migrate('tender', legacy);
    expect(TenderSchema.parse(doc)).toMatchObject({ revision: 0, description: '', schemaVersion: TENDER_SCHEMA_VERSION });
  });

  it('gives every lot of a version-2 tender an empty evaluation and keeps one that is there', () => {
    const kept = { ...emptyLotEvaluation(), lead: 'Ana', bidders: [{ id: 'b1', name: 'Acme', reference: 'R1', priceCents: 1000 }] };
    const versionTwo = {
      ...versionOneTender,
      schemaVersion: 2,
      lots: [
        { id: 'lot-1', title: 'Laptops', criteria: [], requirements: [] },
        { id: 'lot-2', title: 'Repair', criteria: [], requirements: [], evaluation: kept },
      ],
      clauses: [],
      qa: { questions: [], suppliers: [], threads: [] },
    };
    const { doc, migrated } = migrate('tender', versionTwo);
    expect(migrated).toBe(true);
    const tender = TenderSchema.parse(doc);
    expect(tender.schemaVersion).toBe(3);
    expect(tender.lots[0]!.evaluation).toEqual(emptyLotEvaluation());
    expect(tender.lots[1]!.evaluation).toEqual(kept);
    expect(versionTwo.lots[0]).not.toHaveProperty('evaluation');
  });

  it('gives old settings the default floors and old libraries empty collections', () => {
    expect(SettingsSchema.parse(migrate('settings', { schemaVersion: 1, organisation: 'Org' }).doc)).toMatchObject({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      organisation: 'Org',
      criteria: { socialFloor: 800 },
    });
    expect(LibrarySchema.parse(migrate('library', { schemaVersion: 1 }).doc)).toEqual({
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      criteria: [],
      clauses: [],
      questions: [],
    });
  });

  it('gives version-2 settings the default history policy and keeps their floors', () => {
    const floors = { socialFloor: 1000, categoryFloors: { environmental: 3000 }, defaultQualityScale: 10 };
    const migrated = SettingsSchema.parse(
      migrate('settings', { schemaVersion: 2, organisation: 'Org', criteria: floors, revision: 4 }).doc,
    );
    expect(migrated).toMatchObject({ schemaVersion: SETTINGS_SCHEMA_VERSION, criteria: floors, revision: 4 });
    expect(migrated.history).toEqual({ keepAllMinutes: 15, tenMinuteSlotsHours: 24, hourlyDays: 7, dailyDays: 90 });
  });

  it('gives version-3 settings no OCID prefix and keeps the rest', () => {
    const history = { keepAllMinutes: 30, tenMinuteSlotsHours: 24, hourlyDays: 7, dailyDays: 90 };
    const migrated = SettingsSchema.parse(
      migrate('settings', { ...DEFAULT_SETTINGS, schemaVersion: 3, notices: undefined, history, organisation: 'Org', revision: 2 }).doc,
    );
    expect(migrated).toMatchObject({ schemaVersion: SETTINGS_SCHEMA_VERSION, organisation: 'Org', history, revision: 2 });
    expect(migrated.notices).toEqual({ ocidPrefix: '' });
  });

  it('gives version-4 settings the update policy that downloads nothing, and keeps the rest', () => {
    const notices = { ocidPrefix: 'ocds-a1b2c3' };
    const migrated = SettingsSchema.parse(
      migrate('settings', { ...DEFAULT_SETTINGS, schemaVersion: 4, updates: undefined, notices, organisation: 'Org', revision: 3 }).doc,
    );
    expect(migrated).toMatchObject({ schemaVersion: SETTINGS_SCHEMA_VERSION, organisation: 'Org', notices, revision: 3 });
    expect(migrated.updates).toEqual({ mode: 'none' });
  });

  it('refuses an update policy it does not know, in the user’s words', () => {
    const result = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, updates: { mode: 'always' } });
    expect(result.success || result.error.issues[0]).toMatchObject({
      path: ['updates', 'mode'],
      message: 'Choose when Tenderwright may look for updates',
    });
  });

  it('refuses documents from a newer version, and non-objects', () => {
    expect(() => migrate('tender', { ...versionOneTender, schemaVersion: 99 })).toThrow(/newer version/);
    expect(() => migrate('tender', null)).toThrow(MigrationError);
    expect(() => migrate('tender', [])).toThrow(/array/);
    expect(() => migrate('tender', { schemaVersion: 'two' })).toThrow(/not a valid version/);
  });

  it('the settings API refuses a social floor below 8% and accepts a stricter one', () => {
    const lax = { ...DEFAULT_SETTINGS, criteria: { ...DEFAULT_SETTINGS.criteria, socialFloor: 500 } };
    expect(() => parseInput('settings.save', { settings: lax })).toThrow(/criteria\.socialFloor: The social floor cannot be below 8%/);
    const strict = { ...DEFAULT_SETTINGS, criteria: { ...DEFAULT_SETTINGS.criteria, socialFloor: 1000 } };
    expect(parseInput('settings.save', { settings: strict }).settings.criteria.socialFloor).toBe(1000);
  });
});
