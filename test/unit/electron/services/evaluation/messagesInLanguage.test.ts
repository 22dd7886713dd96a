/**
 * The services answer in the user's language: a malformed workbook imported through the real service,
 * a tender that fails validation and a missing tender each come back in French or Spanish once the
 * language is switched, and in the same English as before once it is switched back.
 */
import type ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '@shared/i18n';
import { contentOf, TenderContentSchema } from '@shared/model/tender';
import type { Language } from '@shared/model/language';
import { SHEETS } from '../../../../../electron/services/evaluation/evaluatorWorkbook';
import { asUpload, exportAll, fillWorkbook, workspaceWithLot, type Workspace } from './helpers';
import { fixtureLot } from '../../../shared/evaluation/lotFixture';

let ws: Workspace;
let malformed: Buffer;

beforeAll(async () => {
  ws = await workspaceWithLot(fixtureLot(), 'file');
  const blank = await exportAll(ws);
  malformed = await fillWorkbook(blank['ev-ao'], ws.lot, 'ev-ao', (wb: ExcelJS.Workbook) => {
    const scoring = wb.getWorksheet(SHEETS.scoring)!;
    scoring.getCell('K8').value = 11; // Cobalt, 2.2, on a 0-10 scale
    scoring.getCell('G9').value = -1; // Acme, 3
    scoring.getCell('I9').value = null; // Borealis, 3: no score
  });
});

afterEach(() => setLanguage('en'));

async function importProblems(language: Language): Promise<string[]> {
  await setLanguage(language);
  const outcome = await ws.call('evaluation.importWorkbooks', {
    tenderId: ws.tender.id,
    lotId: ws.lot.id,
    files: [asUpload('scores.xlsx', malformed)],
    by: 'Lena Lead',
  });
  expect(outcome.files[0]!.status).toBe('rejected');
  return outcome.files[0]!.problems.map((p) => p.message);
}

async function errorOf(language: Language, call: () => Promise<unknown>): Promise<{ message: string; issues?: { message: string }[] }> {
  await setLanguage(language);
  const error = await call().then(
    () => undefined,
    (e: { body: { message: string; issues?: { message: string }[] } }) => e.body,
  );
  expect(error).toBeDefined();
  return error!;
}

describe('service messages in the user’s language', () => {
  it('an evaluator workbook’s cell errors', async () => {
    expect(await importProblems('fr')).toEqual([
      'Scoring!K8 : 11 dépasse le maximum de l’échelle, 10.',
      'Scoring!G9 : -1 est inférieur au minimum de l’échelle, 0.',
      'Scoring!I9 : aucune note pour Borealis sur 3 “Supply-chain transparency”.',
    ]);
    expect(await importProblems('es')).toEqual([
      'Scoring!K8: 11 supera el máximo de la escala, 10.',
      'Scoring!G9: -1 es inferior al mínimo de la escala, 0.',
      'Scoring!I9: no hay puntuación para Borealis en 3 “Supply-chain transparency”.',
    ]);
    expect(await importProblems('en')).toEqual([
      'Scoring!K8: 11 is above the scale maximum of 10.',
      'Scoring!G9: -1 is below the scale minimum of 0.',
      'Scoring!I9: no score for Borealis on 3 “Supply-chain transparency”.',
    ]);
  });

  it('a tender that fails validation, with our messages and zod’s own', async () => {
    const bad = { ...contentOf(ws.tender), title: 'x'.repeat(301), lots: [] };
    const messages = async (language: Language) => {
      await setLanguage(language);
      return TenderContentSchema.safeParse(bad).error!.issues.map((issue) => issue.message);
    };
    expect(await messages('es')).toEqual(['El título no debe superar los 300 caracteres', 'Una licitación necesita al menos un lote']);
    expect(await messages('fr')).toEqual(['Le titre ne doit pas dépasser 300 caractères', 'Un appel d’offres comporte au moins un lot']);
    expect(await messages('en')).toEqual(['Title must be at most 300 characters', 'A tender needs at least one lot']);

    const save = () => ws.call('tenders.save', { id: ws.tender.id, content: { ...contentOf(ws.tender), title: 42 as unknown as string } });
    const spanish = await errorOf('es', save);
    expect(spanish.message).toMatch(/^Datos no válidos para tenders\.save: content\.title: Entrada inválida/);
    const english = await errorOf('en', save);
    expect(english.message).toMatch(/^Invalid input for tenders\.save: content\.title: Invalid input: expected string/);
  });

  it('a tender that is not there, and a conflict', async () => {
    const missing = () => ws.call('tenders.get', { id: 'no-such-tender' });
    expect((await errorOf('fr', missing)).message).toBe('Aucun appel d’offres « no-such-tender » dans cet espace de travail');
    expect((await errorOf('es', missing)).message).toBe('No hay ninguna licitación «no-such-tender» en este espacio de trabajo');
    expect((await errorOf('en', missing)).message).toBe('No tender "no-such-tender" in this workspace');

    const stale = () => ws.call('tenders.save', { id: ws.tender.id, content: contentOf(ws.tender), baseRevision: 0 });
    const french = (await errorOf('fr', stale)).message;
    expect(french).toMatch(/^L’appel d’offres « Laptops for schools » : modification par .+ \(révision \d+\)/);
    expect(french).toContain('Votre enregistrement n’a pas été écrit et rien n’est perdu');
    expect((await errorOf('en', stale)).message).toMatch(/^The tender “Laptops for schools” was changed by .+ Your save was not written/);
  });
});
