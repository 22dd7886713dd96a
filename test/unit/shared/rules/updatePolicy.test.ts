import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, UPDATE_MODES } from '@shared/model/settings';
import { UPDATE_MODE_CHOICES, UPDATE_SOURCE, updatePolicyNote } from '@shared/rules/updatePolicy';

describe('the update policy', () => {
  it('downloads nothing by default', () => {
    expect(DEFAULT_SETTINGS.updates).toEqual({ mode: 'none' });
    expect(updatePolicyNote('none', UPDATE_SOURCE)).toBe('Nothing is downloaded: new versions come as installers from your IT department.');
  });

  it('offers every mode the settings accept, once', () => {
    expect(UPDATE_MODE_CHOICES.map((choice) => choice.mode)).toEqual([...UPDATE_MODES]);
  });

  it('says plainly that a build without an update server downloads nothing, whatever is chosen', () => {
    expect(UPDATE_SOURCE).toBeNull();
    expect(updatePolicyNote('start', null)).toBe(
      'This copy of Tenderwright has no update server configured, so nothing is downloaded at each start either: new versions come as installers from your IT department.',
    );
    expect(updatePolicyNote('manual', null)).toContain('nothing is downloaded when asked either');
  });

  it('names where updates would come from once an organisation configures a server', () => {
    expect(updatePolicyNote('manual', 'https://updates.example.org/tenderwright')).toBe(
      'New versions would be looked for at https://updates.example.org/tenderwright when asked; this copy does not download them itself yet, so they still come as installers from your IT department.',
    );
  });
});
