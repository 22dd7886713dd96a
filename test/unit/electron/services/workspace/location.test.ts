import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveWorkspaceRoot } from '../../../../../electron/services/workspace/location';

const userData = resolve('/home/officer/.config/Tenderwright');
const cwd = resolve('/projects');

describe('resolveWorkspaceRoot', () => {
  it('uses the default folder when nothing overrides it', () => {
    expect(resolveWorkspaceRoot(['--port', '8080'], {}, userData, cwd)).toBe(userData);
  });

  it('takes --workspace DIR and --workspace=DIR, resolving relative paths against cwd', () => {
    expect(resolveWorkspaceRoot(['--workspace', 'team-a'], {}, userData, cwd)).toBe(resolve(cwd, 'team-a'));
    expect(resolveWorkspaceRoot(['--workspace=/srv/ws'], {}, userData, cwd)).toBe(resolve('/srv/ws'));
  });

  it('lets the flag beat TENDERWRIGHT_WORKSPACE, which beats the default', () => {
    const env = { TENDERWRIGHT_WORKSPACE: '/from/env' };
    expect(resolveWorkspaceRoot([], env, userData, cwd)).toBe(resolve('/from/env'));
    expect(resolveWorkspaceRoot(['--workspace', '/from/flag'], env, userData, cwd)).toBe(resolve('/from/flag'));
    expect(resolveWorkspaceRoot([], { TENDERWRIGHT_WORKSPACE: '  ' }, userData, cwd)).toBe(userData);
  });

  it('uses the last --workspace given and ignores anything after "--"', () => {
    expect(resolveWorkspaceRoot(['--workspace', '/a', '--workspace=/b'], {}, userData, cwd)).toBe(resolve('/b'));
    expect(resolveWorkspaceRoot(['--', '--workspace', '/ignored'], {}, userData, cwd)).toBe(userData);
  });

  it('refuses a --workspace flag without a folder rather than silently using another workspace', () => {
    expect(() => resolveWorkspaceRoot(['--workspace'], {}, userData, cwd)).toThrow(/needs a folder/);
    expect(() => resolveWorkspaceRoot(['--workspace', '--port', '1'], {}, userData, cwd)).toThrow(/needs a folder/);
    expect(() => resolveWorkspaceRoot(['--workspace='], {}, userData, cwd)).toThrow(/needs a folder/);
  });
});
