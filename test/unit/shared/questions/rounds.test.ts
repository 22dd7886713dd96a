import { describe, expect, it } from 'vitest';
import { TenderQaSchema } from '@shared/model/questions';
import { addRound, findRound, removeRound, updateRound } from '@shared/rules/engagementRounds';
import { proposeMaturity } from '@shared/rules/maturityProposal';
import { confirmAnswerLevel, fileResponseAnswers } from '@shared/rules/responseFiling';
import { deselectQuestion, removeSupplier } from '@shared/rules/qaAnswers';
import { loadBuiltinQuestions, must, qaWith } from './helpers';

const bank = loadBuiltinQuestions();
const IDS = ['fl-overtime', 'fl-indicators', 'fl-freedom-to-leave'];

describe('engagement rounds', () => {
  it('a new round asks every selected question and every supplier unless narrowed', () => {
    const qa = qaWith(bank, IDS);
    const { qa: next, round } = must(addRound(qa, { name: ' Tender questionnaire ', kind: 'tender', opensOn: '2027-03-01' }));
    expect(round).toMatchObject({ name: 'Tender questionnaire', questionIds: IDS, supplierIds: ['s-a', 's-b'] });
    expect(TenderQaSchema.parse(next).rounds).toHaveLength(1);
    const narrowed = must(
      addRound(next, { name: 'Review', kind: 'review', opensOn: '2027-09-01', questionIds: [IDS[2]!, IDS[0]!], supplierIds: ['s-b'] }),
    );
    // Questions keep the tender's order whatever order they were ticked in.
    expect(narrowed.round).toMatchObject({ questionIds: [IDS[0], IDS[2]], supplierIds: ['s-b'] });
  });

  it('refuses what cannot be a round, and edits and deletes', () => {
    const qa = qaWith(bank, IDS);
    expect(addRound(qa, { name: 'R', kind: 'tender', opensOn: '2027-03-01', questionIds: ['nope'] })).toMatchObject({
      ok: false,
      message: 'Question "nope" is not selected for this tender.',
    });
    expect(addRound(qa, { name: 'R', kind: 'tender', opensOn: '2027-03-01', supplierIds: ['ghost'] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('unknown suppliers: ghost'),
    });
    expect(addRound(qa, { name: 'R', kind: 'tender', opensOn: '2027-03-01', answersDue: '2027-02-01' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('answers due before it opens'),
    });
    expect(addRound(qa, { name: 'R', kind: 'tender', opensOn: '2027-03-01', questionIds: [] })).toMatchObject({
      ok: false,
      message: 'Choose at least one question for the round.',
    });
    const one = must(addRound(qa, { id: 'r1', name: 'R', kind: 'tender', opensOn: '2027-03-01' })).qa;
    expect(addRound(one, { name: 'r', kind: 'tender', opensOn: '2027-03-01' })).toMatchObject({
      ok: false,
      message: 'A round named “r” already exists.',
    });
    const edited = must(updateRound(one, 'r1', { name: 'Renamed', kind: 'review', opensOn: '2027-04-01', answersDue: '2027-05-01' }));
    expect(findRound(edited, 'r1')).toMatchObject({ name: 'Renamed', kind: 'review', answersDue: '2027-05-01' });
    expect(must(removeRound(edited, 'r1')).rounds).toEqual([]);
  });

  it('the schema refuses a round that names questions or suppliers the Q&A does not have; removing them prunes the rounds', () => {
    const qa = must(addRound(qaWith(bank, IDS), { id: 'r1', name: 'R', kind: 'tender', opensOn: '2027-03-01' })).qa;
    const broken = { ...qa, rounds: [{ ...qa.rounds![0]!, questionIds: ['gone'], supplierIds: ['ghost'] }] };
    const issues = TenderQaSchema.safeParse(broken).error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['rounds.0.questionIds', 'round “R” asks questions not in the selection: gone'],
      ['rounds.0.supplierIds', 'round “R” names unknown suppliers: ghost'],
    ]);
    const pruned = must(removeSupplier(must(deselectQuestion(qa, IDS[0]!)), 's-a'));
    expect(TenderQaSchema.parse(pruned).rounds![0]).toMatchObject({ questionIds: IDS.slice(1), supplierIds: ['s-b'] });
  });
});

describe('maturity proposals', () => {
  it('never exceeds the self-assessment, and caps it by the evidence given', () => {
    expect(proposeMaturity(3, 2)).toMatchObject({ level: 3 });
    expect(proposeMaturity(3, 1)).toMatchObject({ level: 2, reason: expect.stringContaining('only one piece of evidence') });
    expect(proposeMaturity(3, 0)).toMatchObject({ level: 1, reason: expect.stringContaining('sent no evidence') });
    expect(proposeMaturity(0, 5)).toMatchObject({ level: 0 });
    expect(proposeMaturity(1, 0)).toMatchObject({ level: 1 });
    expect(proposeMaturity(undefined, 0)).toMatchObject({ level: 0, reason: expect.stringContaining('No self-assessment') });
    expect(proposeMaturity(undefined, 3)).toMatchObject({ level: 1 });
  });
});

describe('filing answers', () => {
  it('refuses a form whose round or supplier is gone, and confirming needs a name', () => {
    const qa = must(addRound(qaWith(bank, IDS), { id: 'r1', name: 'R', kind: 'tender', opensOn: '2027-03-01' })).qa;
    const answer = { questionId: IDS[0]!, text: 'x', evidence: [], proposedLevel: 0 as const, proposalReason: 'r' };
    const base = { supplierId: 's-a', roundId: 'r1', answeredOn: '2027-03-10', answers: [answer], recordedAt: '2027-03-10T10:00:00.000Z' };
    expect(fileResponseAnswers(qa, { ...base, roundId: 'other' })).toMatchObject({ ok: false });
    expect(fileResponseAnswers(qa, { ...base, supplierId: 'other' })).toMatchObject({ ok: false });
    const filed = must(fileResponseAnswers(qa, base));
    const entry = filed.qa.threads[0]!.entries[0]!;
    expect(filed.qa.threads[0]!.followUps[0]).toMatchObject({ due: '2027-04-09', fromEntryId: entry.id });
    expect(confirmAnswerLevel(filed.qa, { supplierId: 's-a', questionId: IDS[0]!, entryId: entry.id }, 1, ' ')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Enter your name'),
    });
  });
});
