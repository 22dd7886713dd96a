import { useEffect, useState } from 'react';
import { DEFAULT_CRITERIA_SETTINGS, type CriteriaSettings } from '@shared/model/criteria';
import { call } from '../../api';
import { messageOf } from '../../lib/errors';
import { useSettingsSeq } from '../../store';

export interface CriteriaSettingsState {
  /** The organisation's floors and default scale; Tenderwright's defaults until loaded. */
  settings: CriteriaSettings;
  loaded: boolean;
  error: string | null;
}

/**
 * The organisation's criteria settings (floors, default scale), read from settings.json each time a
 * screen that needs them mounts, so a change saved on the Settings screen applies on the next visit.
 */
export function useCriteriaSettings(): CriteriaSettingsState {
  const [state, setState] = useState<CriteriaSettingsState>({ settings: DEFAULT_CRITERIA_SETTINGS, loaded: false, error: null });
  // A colleague's save of the settings is read at once, not on the next visit.
  const settingsSeq = useSettingsSeq();
  useEffect(() => {
    let live = true;
    call('settings.get', {})
      .then((loaded) => live && setState({ settings: loaded.criteria, loaded: true, error: null }))
      .catch((error: unknown) => live && setState((s) => ({ ...s, loaded: true, error: messageOf(error) })));
    return () => {
      live = false;
    };
  }, [settingsSeq]);
  return state;
}
