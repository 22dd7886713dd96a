import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, channelOf } from '../../../../shared/api/methodNames';
import { METHODS } from '../../../../shared/api/contract';

describe('the names-only list of methods', () => {
  it('names exactly the contract methods, each once', () => {
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
    expect([...METHOD_NAMES].sort()).toEqual([...METHODS].sort());
  });

  it('gives each method its own channel', () => {
    expect(new Set(METHOD_NAMES.map(channelOf)).size).toBe(METHOD_NAMES.length);
    expect(channelOf('tenders.list')).toBe('api:tenders.list');
  });
});
