import { describe, expect, it } from 'vitest';
import { METHODS, contract, dispatch, parseInput, type Handlers } from '../../../../shared/api/contract';
import { ApiError } from '../../../../shared/api/errors';

describe('the API contract', () => {
  it('declares every method with an input schema', () => {
    expect(METHODS.length).toBeGreaterThan(10);
    for (const method of METHODS) expect(typeof contract[method].input.safeParse).toBe('function');
  });

  it.each([
    ['tenders.create', { title: 42, reference: '', buyer: '', lots: ['A'] }, 'title'],
    ['tenders.create', { title: 'T', reference: '', buyer: '', lots: [] }, 'lots'],
    ['tenders.create', { title: '   ', reference: '', buyer: '', lots: ['A'] }, 'title'],
    ['tenders.create', { title: 'T', reference: 'r'.repeat(301), buyer: '', lots: ['A'] }, 'reference'],
    ['tenders.get', { id: '../../etc/passwd' }, 'id'],
    ['tenders.get', {}, 'id'],
    ['tenders.rename', { id: 'abc', title: 'x', extra: 1 }, '(input)'],
  ] as const)('%s rejects %j naming %s', (method, input, field) => {
    try {
      parseInput(method, input);
      expect.unreachable('input should have been rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      const apiError = error as ApiError;
      expect(apiError.code).toBe('invalid_input');
      expect(apiError.issues?.map((i) => i.path)).toContain(field);
      expect(apiError.message).toContain(method);
    }
  });

  it('trims text and accepts a well-formed create', () => {
    expect(parseInput('tenders.create', { title: ' Laptops ', reference: 'R', buyer: 'B', lots: [' Lot 1 '] })).toMatchObject({
      title: 'Laptops',
      lots: ['Lot 1'],
    });
  });

  it('dispatch wraps results and errors in one envelope and never calls a handler with bad input', async () => {
    let called = 0;
    const handlers = { 'tenders.list': () => (called++, []) } as unknown as Handlers;
    expect(await dispatch(handlers, 'tenders.list', {})).toEqual({ ok: true, data: [] });
    const bad = await dispatch(handlers, 'tenders.list', { x: 1 });
    expect(bad.ok).toBe(false);
    expect(called).toBe(1);
    const unknown = await dispatch(handlers, 'nope', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
