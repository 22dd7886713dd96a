/**
 * Prices in the issued workbooks carry the tender's currency as their number format, read back with exceljs;
 * the formulas next to them stay exactly as they were.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { contentOf } from '@shared/model/tender';
import { fixtureLot } from '../../../shared/evaluation/lotFixture';
import { workspaceWithLot } from './helpers';

async function load(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

describe('currency number format of workbook prices', () => {
  it('stamps a new tender with the Settings default and writes prices in it', async () => {
    const ws = await workspaceWithLot(fixtureLot({ hidePriceFromEvaluators: false }));
    expect(ws.tender.currency).toBe('EUR');
    const settings = await ws.call('settings.get', {});
    await ws.call('settings.save', { settings: { ...settings, currency: 'GBP' }, baseRevision: settings.revision ?? 0 });
    const later = await ws.call('tenders.create', { title: 'Cleaning', reference: '', buyer: '', lots: ['All sites'] });
    expect(later.currency).toBe('GBP');

    // The first tender keeps the euros it was created with.
    const [file] = await ws.call('evaluation.exportWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id, evaluatorIds: ['ev-bw'] });
    const scoring = (await load(file!.base64)).getWorksheet('Scoring')!;
    expect(scoring.getCell('G12').value).toBe(100000);
    expect(scoring.getCell('G12').numFmt).toBe('[$€]#,##0.00');
    expect(scoring.getCell('G13').formula).toBe('IF(G12="","",$E$13*MIN(G12,I12,K12)/G12)');
  });

  it('uses the currency chosen for the tender in the evaluator and lead workbooks', async () => {
    const ws = await workspaceWithLot(fixtureLot({ hidePriceFromEvaluators: false }));
    await ws.call('tenders.save', { id: ws.tender.id, content: { ...contentOf(ws.tender), currency: 'GBP' } });

    const [file] = await ws.call('evaluation.exportWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id, evaluatorIds: ['ev-bw'] });
    const scoring = (await load(file!.base64)).getWorksheet('Scoring')!;
    expect([scoring.getCell('G12').numFmt, scoring.getCell('I12').numFmt]).toEqual(['[$£]#,##0.00', '[$£]#,##0.00']);

    const lead = await ws.call('evaluation.exportLeadWorkbook', { tenderId: ws.tender.id, lotId: ws.lot.id });
    const prices = (await load(lead.base64)).getWorksheet('Prices')!;
    expect(prices.getCell('D6').value).toBe(100000);
    expect(prices.getCell('D6').numFmt).toBe('[$£]#,##0.00');
    expect(prices.getCell('F6').numFmt).toBe('[$£]#,##0.00');
    expect(prices.getCell('F6').formula).toBe('IF(E6="Yes",D6,"")');
  });

  it('writes a currency without a symbol of its own as its code', async () => {
    const ws = await workspaceWithLot(fixtureLot());
    await ws.call('tenders.save', { id: ws.tender.id, content: { ...contentOf(ws.tender), currency: 'CHF' } });
    const lead = await ws.call('evaluation.exportLeadWorkbook', { tenderId: ws.tender.id, lotId: ws.lot.id });
    expect((await load(lead.base64)).getWorksheet('Prices')!.getCell('D6').numFmt).toBe('[$CHF] #,##0.00');
  });

  it('refuses a tender saved with a code that is no currency, and changes nothing', async () => {
    const ws = await workspaceWithLot(fixtureLot());
    await expect(ws.call('tenders.save', { id: ws.tender.id, content: { ...contentOf(ws.tender), currency: 'euro' } })).rejects.toThrow(
      /three-letter ISO 4217 code/,
    );
    expect((await ws.call('tenders.get', { id: ws.tender.id })).currency).toBe('EUR');
  });
});
