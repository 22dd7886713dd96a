/**
 * Issue 15: the eForms export with its validation, through the real handlers (`dispatch`: schema
 * check, workspace read, the tender checks, the builder, the XSD check in xmllint-wasm, the
 * award-criteria Schematron rules, base64 for the transport). Targets: the reference tender's whole
 * contract notice (3 lots x 60 criteria) < 2 s; one lot's fragment < 300 ms.
 *
 * The first export of a process loads and compiles the validators (xmllint's WebAssembly and
 * schemas, the Schematron rules): it is reported apart as "cold". xmllint-wasm compiles the XSDs on
 * every call (it runs each validation in a fresh worker), so the warm figures still include that.
 */
import { join } from 'node:path';
import type { ExportedFile } from '@shared/api/methods/files';
import { contentOf, type Tender } from '@shared/model/tender';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';
import { call } from '../lib/api';
import { referenceTenderContent } from '../lib/reference-tender';
import { median, percentile, round, sample, timed } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';

const EXPORT_DATE = '2026-05-01';
const AREA = 'Notices (eForms, validated)';

export const noticesBench: BenchModule = {
  order: 45,
  id: 'notices',
  title: 'eForms export with validation',
  async run({ dir, quick, log }) {
    const handlers = await createHandlers(join(dir, 'workspace'));
    try {
      const created = await call<Tender>(handlers, 'tenders.create', {
        title: 'Reference tender',
        reference: 'REF-15',
        buyer: 'Bench Council',
        lots: ['Lot 1'],
      });
      const tender = await call<Tender>(handlers, 'tenders.save', { id: created.id, content: referenceTenderContent(contentOf(created)) });
      const lotId = tender.lots[0]!.id;
      const notice = () =>
        call<ExportedFile>(handlers, 'notices.export', { tenderId: tender.id, format: 'eforms-notice', exportDate: EXPORT_DATE });
      const lot = () =>
        call<ExportedFile>(handlers, 'notices.export', { tenderId: tender.id, format: 'eforms-lot', lotId, exportDate: EXPORT_DATE });

      log('cold export (validators load)');
      const cold = await timed(notice);
      const size = Buffer.from(cold.result.base64, 'base64').length;
      const times = quick ? 3 : 10;
      log(`reference tender notice x${times}`);
      const whole = await sample(times, notice);
      log(`one lot x${times}`);
      const one = await sample(times, lot);
      const rows: Row[] = [
        {
          area: AREA,
          metric: 'eForms export with validation, reference tender',
          value: round(median(whole)),
          unit: 'ms',
          detail: `p95 ${round(percentile(whole, 95))} ms, ${round(size / 1024)} KB of XML`,
          target: { below: 2000, source: 'issue 15' },
        },
        {
          area: AREA,
          metric: 'eForms export with validation, one lot',
          value: round(median(one)),
          unit: 'ms',
          detail: `p95 ${round(percentile(one, 95))} ms, 60 criteria`,
          target: { below: 300, source: 'issue 15' },
        },
        { area: AREA, metric: 'First export of the process (validators load), reference tender', value: round(cold.ms), unit: 'ms' },
      ];
      return rows;
    } finally {
      await closeHandlers(handlers);
    }
  },
};
