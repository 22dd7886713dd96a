import { randomBytes } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import type { SavedBy } from '@shared/model/workspace';

function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    // No passwd entry (some containers): the environment is the next best source.
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

/** This running Tenderwright, as its colleagues see it in the workspace. */
export function instanceIdentity(mode: SavedBy['mode']): SavedBy {
  return {
    user: osUserName().slice(0, 200),
    machine: hostname().slice(0, 200),
    mode,
    instance: `${process.pid.toString(36)}-${randomBytes(6).toString('hex')}`,
  };
}
