import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, expectNoSeriousViolations, expectSaved, openTenderScreen, readTenderFile, type Api } from './fixtures';

const openQuestions = (page: Page, api: Api) => openTenderScreen(page, api, 'Questions', { title: 'Laptops for schools' });

const TRANSPARENCY = [
  'Can you name the factories where the offered products are assembled, with their full addresses?',
  'How far can you trace the components of the offered products beyond the final assembly site?',
  'Do you publish your supplier list, and would you agree to share it with other public buyers and our monitoring partner?',
  'Will you share full social audit reports and corrective action plans, not only certificates?',
  'If the same product model is made at more than one site, how will you tell us which site made the units we receive?',
];
const FEES = 'Do migrant workers in your supply chain pay any fees or costs to obtain their jobs, and who bears the cost of recruitment?';

const selectedRows = (page: Page) => page.getByTestId('selected-question').locator('.tw-question-text');
const answerCard = (page: Page, question: string) => page.getByRole('article', { name: question, exact: true });

async function recordAnswer(page: Page, question: string, a: { date: string; text: string; level: 0 | 1 | 2 | 3; evidence?: string }) {
  const card = answerCard(page, question);
  await card.getByRole('button', { name: /^Record (a new )?answer$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Date of the answer').fill(a.date);
  await dialog.getByLabel('Answer', { exact: true }).fill(a.text);
  await dialog.getByRole('radio', { name: new RegExp(`^${a.level} · `) }).check();
  if (a.evidence) await dialog.getByLabel('Evidence received').fill(a.evidence);
  await dialog.getByRole('button', { name: 'Record answer' }).click();
  await expect(dialog).toBeHidden();
}

async function addFollowUp(page: Page, question: string, text: string, due: string) {
  await answerCard(page, question).getByRole('button', { name: 'Add follow-up' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Action').fill(text);
  await dialog.getByLabel('Due date').fill(due);
  await dialog.getByRole('button', { name: 'Add follow-up' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('Supplier Q&A', () => {
  test('builds a Q&A by theme, records two suppliers’ answers over time, and shows the summary and follow-ups; the file on disk holds it', async ({
    page,
    api,
    workspace,
  }) => {
    test.setTimeout(150_000);
    const tender = await openQuestions(page, api);

    // Pick questions by theme from the bank.
    await expect(page.getByRole('tab', { name: 'Question bank' })).toHaveAttribute('aria-selected', 'true');
    await page.getByLabel('Theme').selectOption({ label: 'Supply-chain transparency' });
    await expect(page.getByTestId('bank-question')).toHaveCount(5);
    const first = page.getByRole('article', { name: TRANSPARENCY[0] });
    await first.getByRole('button', { name: 'Why, good answer, evidence, maturity' }).click();
    await expect(first).toContainText('Why it is asked');
    await expect(first).toContainText('Evidence to request');
    await expect(first).toContainText('Follow-up when the answer is weak');
    await expect(first.getByRole('listitem').filter({ hasText: 'Leading:' })).toHaveCount(1);
    await expectNoSeriousViolations(page, 'question bank');
    await page.getByRole('button', { name: 'Add all 5 on supply-chain transparency' }).click();
    await expect(page.getByRole('tab', { name: 'Selected questions (5)' })).toBeVisible();
    await page.getByLabel('Theme').selectOption({ label: 'Recruitment fees and documents' });
    await page.getByRole('article', { name: FEES }).getByRole('button', { name: 'Add to Q&A' }).click();
    await expect(page.getByRole('article', { name: FEES })).toContainText('In the Q&A as Q6');

    // Reorder: the recruitment question up one place with the keyboard, then to the top with the buttons.
    await page.getByRole('tab', { name: 'Selected questions (6)' }).click();
    await expect(selectedRows(page)).toHaveText([...TRANSPARENCY, FEES]);
    const announced = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toHaveCount(1);
    await page.getByRole('button', { name: /^Drag to reorder Q6, / }).focus();
    await page.keyboard.press('Space');
    await announced('is over position 6 of 6');
    await page.keyboard.press('ArrowUp');
    await announced('is over position 5 of 6');
    await page.keyboard.press('Space');
    await expect(selectedRows(page)).toHaveText([...TRANSPARENCY.slice(0, 4), FEES, TRANSPARENCY[4]!]);
    for (let n = 5; n > 1; n -= 1) await page.getByRole('button', { name: new RegExp(`^Move Q${n}, Do migrant workers.* up$`) }).click();
    const order = [FEES, ...TRANSPARENCY];
    await expect(selectedRows(page)).toHaveText(order);
    await expectNoSeriousViolations(page, 'selected questions');

    // Suppliers: a bidder and a contracted supplier; a repeated name is refused with a message.
    await page.getByRole('tab', { name: /Suppliers and answers/ }).click();
    await page.getByLabel('Supplier name').fill('Northwind Electronics');
    await page.getByRole('button', { name: 'Add supplier' }).click();
    await page.getByLabel('Supplier name').fill('Contoso Devices');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Contracted supplier' });
    await page.getByRole('button', { name: 'Add supplier' }).click();
    await page.getByLabel('Supplier name').fill('northwind electronics');
    await page.getByRole('button', { name: 'Add supplier' }).click();
    await expect(page.getByText('A supplier named “northwind electronics” is already listed.')).toBeVisible();
    await page.getByLabel('Supplier name').fill('');

    // Northwind improves over two answers to the Tier 1 question.
    await expect(page.getByRole('heading', { name: 'Answers from Northwind Electronics' })).toBeVisible();
    await recordAnswer(page, TRANSPARENCY[0]!, {
      date: '2026-01-12',
      text: 'Only the brand owner is named; no factories yet.',
      level: 1,
      evidence: 'Brand letter',
    });
    await recordAnswer(page, TRANSPARENCY[0]!, {
      date: '2026-04-20',
      text: 'Full list of final assembly sites with addresses, per model.',
      level: 3,
      evidence: 'Factory list with addresses\nModel-to-site mapping',
    });
    const tier1 = answerCard(page, TRANSPARENCY[0]!);
    const history = tier1.getByRole('list', { name: /Answers from Northwind Electronics to Q2, oldest first/ }).getByRole('listitem');
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText('12 January 2026');
    await expect(history.nth(0)).toContainText('Starting');
    await expect(history.nth(1)).toContainText('20 April 2026');
    await expect(history.nth(1)).toContainText('Evidence received: Factory list with addresses; Model-to-site mapping');
    await expect(tier1).toContainText('Improved (1.00 → 3.00)');
    await recordAnswer(page, FEES, { date: '2026-02-01', text: 'Fees are charged by agencies in the home country.', level: 0 });
    await addFollowUp(page, FEES, 'Ask for the list of agencies and what workers paid.', '2020-01-15');
    await addFollowUp(page, TRANSPARENCY[1]!, 'Agree two components to trace.', '2030-03-01');
    await expectNoSeriousViolations(page, 'answers');

    // Contoso answers once.
    await page.getByLabel('Supplier', { exact: true }).selectOption({ label: 'Contoso Devices (contracted supplier)' });
    await expect(page.getByRole('heading', { name: 'Answers from Contoso Devices' })).toBeVisible();
    await recordAnswer(page, TRANSPARENCY[0]!, { date: '2026-03-03', text: 'Two assembly sites named.', level: 2 });
    await addFollowUp(page, TRANSPARENCY[0]!, 'Confirm the second site’s address.', '2099-05-01');

    // The summary: per supplier, per theme, and the open follow-ups by due date.
    await page.getByRole('tab', { name: /Summary and follow-ups/ }).click();
    const bySupplier = page.getByTestId('summary-by-supplier');
    const northwind = bySupplier.getByRole('row', { name: /Northwind Electronics/ });
    // Latest levels 3 (Tier 1) and 0 (fees): 1.50; before the latest Tier 1 answer it stood at 1: 0.50.
    await expect(northwind.getByRole('cell').nth(0)).toContainText('1.50 of 3 · 2/6 answered');
    await expect(northwind.getByRole('cell').nth(0)).toContainText('Improved (0.50 → 1.50)');
    await expect(
      bySupplier
        .getByRole('row', { name: /Contoso Devices/ })
        .getByRole('cell')
        .nth(0),
    ).toContainText('First answer');
    const byTheme = page.getByTestId('summary-by-theme');
    await expect(byTheme.getByRole('row', { name: /Supply-chain transparency/ })).toContainText('Improved');
    await expect(byTheme.getByRole('row', { name: /Recruitment fees and documents/ })).toContainText('0.00 of 3');
    const followUps = page.getByTestId('open-follow-ups').getByRole('row');
    await expect(followUps).toHaveCount(4); // header + 3, earliest due first
    await expect(followUps.nth(1)).toContainText('15 January 2020');
    await expect(followUps.nth(1)).toContainText(/Overdue by \d+ days/);
    await expect(followUps.nth(1)).toContainText('Northwind Electronics');
    await expect(followUps.nth(2)).toContainText('1 March 2030');
    await expect(followUps.nth(3)).toContainText('1 May 2099');
    await expect(followUps.nth(3)).toContainText('Contoso Devices');
    await expect(page.getByRole('tab', { name: 'Summary and follow-ups (1 overdue)' })).toBeVisible();
    await expectNoSeriousViolations(page, 'summary');

    // What the screens showed is on disk.
    await expectSaved(page);
    await expect
      .poll(async () => {
        const file = await readTenderFile(workspace, tender.id);
        if (!file) return undefined;
        const names = new Map(file.qa.suppliers.map((s) => [s.id, s.name]));
        return {
          order: [...file.qa.questions].sort((a, b) => a.order - b.order).map((q) => q.question.question),
          suppliers: file.qa.suppliers.map((s) => [s.name, s.role]),
          threads: file.qa.threads
            .map((t) => ({
              supplier: names.get(t.supplierId),
              question: t.questionId,
              levels: t.entries.map((e) => [e.date, e.level]),
              followUps: t.followUps.map((f) => [f.due, f.status]),
            }))
            .sort((a, b) => `${a.supplier}${a.question}`.localeCompare(`${b.supplier}${b.question}`)),
        };
      })
      .toEqual({
        order,
        suppliers: [
          ['Northwind Electronics', 'bidder'],
          ['Contoso Devices', 'contracted'],
        ],
        threads: [
          { supplier: 'Contoso Devices', question: 'tr-tier1', levels: [['2026-03-03', 2]], followUps: [['2099-05-01', 'open']] },
          { supplier: 'Northwind Electronics', question: 'rec-fees', levels: [['2026-02-01', 0]], followUps: [['2020-01-15', 'open']] },
          {
            supplier: 'Northwind Electronics',
            question: 'tr-tier1',
            levels: [
              ['2026-01-12', 1],
              ['2026-04-20', 3],
            ],
            followUps: [],
          },
          { supplier: 'Northwind Electronics', question: 'tr-tier2', levels: [], followUps: [['2030-03-01', 'open']] },
        ],
      });

    // Marking the overdue follow-up done takes it off the list, on screen and on disk.
    await page.getByRole('button', { name: /^Mark done: Ask for the list of agencies/ }).click();
    await expect(followUps).toHaveCount(3);
    await expect(page.getByRole('tab', { name: 'Summary and follow-ups' })).toBeVisible();
    await expect
      .poll(async () =>
        (await readTenderFile(workspace, tender.id))?.qa.threads.flatMap((t) =>
          t.followUps.filter((f) => f.status === 'done').map((f) => f.due),
        ),
      )
      .toEqual(['2020-01-15']);
  });

  test('a question library with duplicate ids is refused with a clear message and nothing is imported; a good one is', async ({
    page,
    api,
    workspace,
  }) => {
    await openQuestions(page, api);
    const bankCount = page.getByText(/^\d+ questions across 9 themes/);
    await expect(bankCount).toContainText('45 questions across 9 themes: 45 built-in, 0 your own.');

    const question = (id: string, text: string) => ({
      id,
      theme: 'minerals',
      question: text,
      why: 'Cobalt from artisanal mines carries a high risk of child labour.',
      goodAnswer: 'Names the refiners and the mine sites they source from.',
      evidence: ['Refiner list'],
      followUp: 'Ask for the refiner list within 60 days.',
      maturity: [
        { level: 0, descriptor: 'No information.' },
        { level: 1, descriptor: 'A policy exists.' },
        { level: 2, descriptor: 'Refiners are named.' },
        { level: 3, descriptor: 'Mine sites are named and visited.' },
      ],
    });
    const upload = async (name: string, body: unknown) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import question library…' }).click();
      await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) });
    };

    await upload('team-bank.json', {
      questions: [
        question('cobalt-refiners', 'Which refiners process the cobalt?'),
        question('cobalt-refiners', 'Which mines supply them?'),
        question('fl-overtime', 'Overtime?'),
      ],
    });
    const outcome = page.getByTestId('import-outcome');
    await expect(outcome).toContainText('Nothing was imported');
    await expect(outcome).toContainText('team-bank.json');
    await expect(outcome).toContainText('more than once: cobalt-refiners');
    await expect(outcome).toContainText('already used in your question bank: fl-overtime');
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toBeVisible();
    await expect(bankCount).toContainText('45 questions across 9 themes: 45 built-in, 0 your own.');
    await expectNoSeriousViolations(page, 'refused import');
    const libraryOnDisk = async () => {
      try {
        return (JSON.parse(await readFile(join(workspace, 'library.json'), 'utf8')) as { questions: { id: string }[] }).questions.map(
          (q) => q.id,
        );
      } catch {
        return [];
      }
    };
    expect(await libraryOnDisk()).toEqual([]);

    await upload('team-bank.json', [
      question('cobalt-refiners', 'Which refiners process the cobalt in the batteries?'),
      question('cobalt-mines', 'Which mines supply them?'),
    ]);
    await expect(outcome).toContainText('Imported 2 questions from team-bank.json');
    await expect(bankCount).toContainText('47 questions across 9 themes: 45 built-in, 2 your own.');
    await page.getByLabel('Theme').selectOption({ label: 'Minerals' });
    await expect(page.getByRole('article', { name: 'Which mines supply them?' })).toContainText('Own question');
    await expect.poll(libraryOnDisk).toEqual(['cobalt-refiners', 'cobalt-mines']);
  });

  test('the team adds its own question with full guidance and uses it in the tender', async ({ page, api, workspace }) => {
    const tender = await openQuestions(page, api);
    await page.getByRole('button', { name: 'Add your own question…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your own question' });
    await dialog.getByLabel('Theme').selectOption({ label: 'Purchasing practices' });
    await dialog
      .getByRole('textbox', { name: 'Question', exact: true })
      .fill('How do our delivery deadlines affect working hours at your factories?');
    await dialog.getByRole('button', { name: 'Save question' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Why it is asked must not be empty');
    await expect(dialog.getByRole('textbox', { name: 'Question', exact: true })).toHaveValue(
      'How do our delivery deadlines affect working hours at your factories?',
    );
    await dialog.getByLabel('Why it is asked').fill('Short lead times push overtime in peak season.');
    await dialog.getByLabel('What a good answer looks like').fill('Explains how orders are planned with factories.');
    await dialog.getByLabel('Evidence to request').fill('Order calendar\nOvertime records');
    await dialog.getByLabel('Follow-up when the answer is weak').fill('Agree lead times that avoid peaks.');
    for (const [level, text] of ['Unknown.', 'Aware.', 'Planned with factories.', 'Lead times adjusted and verified.'].entries()) {
      await dialog.getByLabel(new RegExp(`^Level ${level} · `)).fill(text);
    }
    await expectNoSeriousViolations(page, 'own question dialog');
    await dialog.getByRole('button', { name: 'Save question' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Selected questions (1)' })).toBeVisible();
    await page.getByRole('tab', { name: 'Selected questions (1)' }).click();
    await expect(selectedRows(page)).toHaveText(['How do our delivery deadlines affect working hours at your factories?']);
    await expectSaved(page);
    await expect
      .poll(async () => (await readTenderFile(workspace, tender.id))?.qa.questions.map((q) => [q.question.theme, q.question.evidence]))
      .toEqual([['purchasing-practices', ['Order calendar', 'Overtime records']]]);
  });
});
