/** "Renaming a supplier renames it everywhere": the evaluator and lead workbooks show the register's name. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RegisteredSupplier } from '@shared/model/suppliers';
import { contentOf } from '@shared/model/tender';
import { workspaceWithLot } from '../evaluation/helpers';

async function cellTexts(base64: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const texts: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
  return texts.join('\n');
}

describe('a renamed register supplier in exports', () => {
  it('shows the new name in the evaluator and lead workbooks, with the tender file untouched', async () => {
    const ws = await workspaceWithLot();
    const acme: RegisteredSupplier = { id: 'sup-acme', name: 'Acme Ltd', identifiers: [], contacts: [] };
    await ws.call('suppliers.save', { supplier: acme });
    const lot = ws.tender.lots[0]!;
    const bidders = lot.evaluation!.bidders.map((b) => (b.id === 'b-acme' ? { ...b, registerId: acme.id } : b));
    const saved = await ws.call('tenders.save', {
      id: ws.tender.id,
      content: { ...contentOf(ws.tender), lots: [{ ...lot, evaluation: { ...lot.evaluation!, bidders } }, ...ws.tender.lots.slice(1)] },
      baseRevision: ws.tender.revision,
    });
    const fileBefore = await readFile(join(ws.root, 'tenders', `${saved.id}.json`), 'utf8');

    await ws.call('suppliers.save', { supplier: { ...acme, name: 'Acme Manufacturing Group' } });

    const [workbook] = await ws.call('evaluation.exportWorkbooks', { tenderId: saved.id, lotId: lot.id, evaluatorIds: ['ev-ao'] });
    const evaluatorText = await cellTexts(workbook!.base64);
    expect(evaluatorText).toContain('Acme Manufacturing Group');
    expect(evaluatorText).not.toContain('Acme Ltd');
    expect(evaluatorText).toContain('Borealis');
    const lead = await ws.call('evaluation.exportLeadWorkbook', { tenderId: saved.id, lotId: lot.id });
    expect(await cellTexts(lead.base64)).toContain('Acme Manufacturing Group');
    expect((await ws.call('tenders.get', { id: saved.id })).lots[0]!.evaluation!.bidders[0]!.name).toBe('Acme Manufacturing Group');
    // The tender keeps its own copy; only the reading shows the register's name.
    expect(await readFile(join(ws.root, 'tenders', `${saved.id}.json`), 'utf8')).toBe(fileBefore);
  });
});
