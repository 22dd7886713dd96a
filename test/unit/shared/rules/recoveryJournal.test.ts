import { describe, expect, it } from 'vitest';
import { JournalQueue, journalWish, type JournalWish } from '@shared/rules/recoveryJournal';

type Content = { description: string };

/** A recovery file that answers each operation only when the test says so, recording the order. */
function controlledFile() {
  const performed: string[] = [];
  const waiting: { finish: () => void; fail: () => void }[] = [];
  const describe = (wish: JournalWish<Content>) =>
    wish.kind === 'write' ? `write ${wish.content.description}@${wish.baseRevision}` : 'discard';
  const queue = new JournalQueue<Content>(
    (tenderId, wish) =>
      new Promise<void>((finish, fail) => {
        performed.push(`${tenderId}: ${describe(wish)}`);
        waiting.push({ finish, fail: () => fail(new Error('The host is gone')) });
      }),
  );
  /** Lets the operation under way finish, and waits until the queue has started the next (if any). */
  const finishCurrent = async (outcome: 'finish' | 'fail' = 'finish') => {
    const current = waiting.shift();
    if (!current) throw new Error('Nothing is under way');
    current[outcome]();
    // Let the queue's continuation run: it starts the next operation synchronously from there.
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };
  const finishAll = async () => {
    while (waiting.length) await finishCurrent();
    await queue.idle();
  };
  return { queue, performed, finishCurrent, finishAll, underWay: () => waiting.length };
}

const write = (description: string, baseRevision = 1): JournalWish<Content> => ({ kind: 'write', baseRevision, content: { description } });
const discard: JournalWish<Content> = { kind: 'discard' };

describe('journalWish', () => {
  const view = { tenderId: 't1', content: { description: 'x' }, baseRevision: 4 };
  it('writes while the screen holds edits that are not on disk', () => {
    for (const saveStatus of ['pending', 'saving', 'error']) {
      expect(journalWish({ ...view, saveStatus })).toEqual({ kind: 'write', baseRevision: 4, content: view.content });
    }
  });
  it('keeps the last valid version while a field breaks a rule', () => {
    expect(journalWish({ ...view, saveStatus: 'invalid' })).toBeNull();
  });
  it('discards once saved, and says nothing with no tender open', () => {
    expect(journalWish({ ...view, saveStatus: 'saved' })).toEqual({ kind: 'discard' });
    expect(journalWish({ ...view, saveStatus: 'idle' })).toBeNull();
    expect(journalWish({ tenderId: null, content: null, baseRevision: null, saveStatus: 'pending' })).toBeNull();
  });
});

describe('JournalQueue', () => {
  it('keeps one operation under way and writes only the newest of the edits typed meanwhile', async () => {
    const file = controlledFile();
    const typed = [write('a'), write('ab'), write('abc'), write('abcd')];
    for (const wish of typed) file.queue.want('t1', wish);
    expect(file.underWay()).toBe(1);
    await file.finishAll();
    expect(file.performed).toEqual(['t1: write a@1', 't1: write abcd@1']);
  });

  it('a discard asked for while a write is under way runs after it, so no stale file is left', async () => {
    const file = controlledFile();
    file.queue.want('t1', write('typed'));
    file.queue.want('t1', discard);
    await file.finishAll();
    expect(file.performed).toEqual(['t1: write typed@1', 't1: discard']);
  });

  it('typing again after the save replaces the discard that was waiting', async () => {
    const file = controlledFile();
    file.queue.want('t1', write('typed'));
    file.queue.want('t1', discard);
    file.queue.want('t1', write('typed again', 2));
    await file.finishAll();
    expect(file.performed).toEqual(['t1: write typed@1', 't1: write typed again@2']);
  });

  it('leaves alone a file it never wrote (kept by an earlier session), and does not repeat itself', async () => {
    const file = controlledFile();
    file.queue.want('t1', discard);
    expect(file.performed).toEqual([]);
    const same = write('once');
    file.queue.want('t1', same);
    await file.finishAll();
    file.queue.want('t1', same);
    file.queue.want('t1', discard);
    await file.finishAll();
    file.queue.want('t1', discard);
    await file.finishAll();
    expect(file.performed).toEqual(['t1: write once@1', 't1: discard']);
  });

  it('after a failed operation the next wish is carried out, a discard included', async () => {
    const file = controlledFile();
    file.queue.want('t1', write('lost connection'));
    await file.finishCurrent('fail');
    await file.queue.idle();
    file.queue.want('t1', discard);
    await file.finishAll();
    expect(file.performed).toEqual(['t1: write lost connection@1', 't1: discard']);
  });

  it('keeps each tender’s latest wish when the user moves between tenders', async () => {
    const file = controlledFile();
    file.queue.want('t1', write('one'));
    file.queue.want('t1', write('one more'));
    file.queue.want('t2', write('two'));
    await file.finishAll();
    expect(file.performed).toEqual(['t1: write one@1', 't1: write one more@1', 't2: write two@1']);
  });
});
