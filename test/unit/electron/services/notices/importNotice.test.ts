import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '@shared/api/contract';
import type { NoticeImportOutcome } from '@shared/api/methods/noticeImport';
import { MAX_NOTICE_BYTES } from '@shared/notices/noticeKind';
import { apiError, handlersPerTest } from '../handlers-harness';
import { tempDirsPerTest } from '../temp-dir';
import { noticeFacts, noticeWith, readNotice } from './noticeXml';

const tempDir = tempDirsPerTest('tw-notice-');
const openHandlers = handlersPerTest();

const upload = (fileName: string, bytes: string | Uint8Array) => ({ fileName, base64: Buffer.from(bytes).toString('base64') });
const tendersIn = async (root: string) => (await readdir(join(root, 'tenders'))).sort();

async function workspace(): Promise<{ root: string; handlers: Handlers }> {
  const root = await tempDir();
  return { root, handlers: await openHandlers(root) };
}

/** A percentage as written in the notice, in hundredths, computed apart from the import's own parsing. */
const hundredths = (written: string) => Math.round(Number(written) * 100);

describe('notices.importTender with the SDK’s example notices', () => {
  it.each(['cn_24_maximal.xml', 'cn_24_minimal.xml'])(
    '%s: the new tender holds the lots and criteria with the weights written in the XML',
    async (name) => {
      const { root, handlers } = await workspace();
      const xml = readNotice(name);
      const { tender, unmapped } = await handlers['notices.importTender'](upload(name, xml));
      const facts = noticeFacts(xml);
      expect(facts.lots.length).toBeGreaterThan(0);
      if (name === 'cn_24_maximal.xml') expect(facts.lots.flatMap((l) => l.criteria).length).toBeGreaterThan(0);
      expect(tender.title).toBe(facts.title);
      expect(tender.lots.map((l) => l.title)).toEqual(facts.lots.map((l) => l.title));
      for (const [index, lot] of facts.lots.entries()) {
        const criteria = tender.lots[index]!.criteria;
        expect(criteria.map((c) => [c.category, c.name])).toEqual(lot.criteria.map((c) => [c.type, c.name]));
        expect(lot.criteria.every((c) => c.weightCode === 'per-exa')).toBe(true);
        expect(criteria.map((c) => c.weight)).toEqual(lot.criteria.map((c) => hundredths(c.weight)));
      }
      // Stored as a tender of the workspace, readable like any other.
      expect(await tendersIn(root)).toContain(`${tender.id}.json`);
      expect(await handlers['tenders.get']({ id: tender.id })).toEqual(tender);
      expect(unmapped.every((u) => u.message.length > 0)).toBe(true);
    },
  );

  it('travels through the API like any other call, and lists what it could not carry over', async () => {
    const { handlers } = await workspace();
    const xml = noticeWith([
      {
        title: 'Laptops',
        criteria: [
          { type: 'price', name: 'Price', weight: ['per-exa', '70'] },
          { type: 'quality', name: 'Factory disclosure', weight: ['ord-imp', '1'] },
        ],
      },
      { title: 'Phones', criteria: [{ type: 'price', name: 'Price', weight: ['per-exa', '100'] }] },
    ]);
    const result = await dispatch(handlers, 'notices.importTender', upload('notice.xml', xml));
    expect(result.ok).toBe(true);
    const { tender, unmapped } = (result as { data: NoticeImportOutcome }).data;
    expect(tender.lots.map((l) => [l.title, l.criteria.map((c) => c.weight)])).toEqual([
      ['Laptops', [7000, 0]],
      ['Phones', [10000]],
    ]);
    expect(unmapped).toEqual([
      expect.objectContaining({
        lotId: tender.lots[0]!.id,
        criterionName: 'Factory disclosure',
        message: expect.stringMatching(/“Order of importance”/),
      }),
    ]);
  });
});

const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">&lol9;</ContractNotice>`;

const xxe = readNotice('cn_24_minimal.xml')
  .replace(
    '<?xml version="1.0" encoding="utf-8"?>',
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE ContractNotice [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>',
  )
  .replace('<cbc:Name languageID="ENG">Provision of IT', '<cbc:Name languageID="ENG">&secret; Provision of IT');

describe('notices.importTender refuses what is not a readable eForms contract notice, and creates nothing', () => {
  const cases: [string, () => Promise<{ fileName: string; base64: string }>, RegExp][] = [
    [
      'a notice that is not eForms',
      async () =>
        upload(
          'ted.xml',
          '<?xml version="1.0"?><TED_EXPORT xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication"><CODED_DATA_SECTION/></TED_EXPORT>',
        ),
      /format used before eForms/,
    ],
    [
      'any other XML',
      async () => upload('feed.xml', '<rss version="2.0"><channel/></rss>'),
      /not an eForms contract notice: its top element is “rss”/,
    ],
    [
      'malformed XML',
      async () => upload('cut.xml', readNotice('cn_24_minimal.xml').slice(0, 4000)),
      /not well-formed XML \(line \d+, column \d+: /,
    ],
    [
      'a DTD',
      async () =>
        upload(
          'dtd.xml',
          readNotice('cn_24_minimal.xml').replace(
            '<ContractNotice ',
            '<!DOCTYPE ContractNotice SYSTEM "http://example.com/notice.dtd">\n<ContractNotice ',
          ),
        ),
      /document type declaration \(“<!DOCTYPE”\)/,
    ],
    ['an external entity (XXE) pointing at /etc/passwd', async () => upload('xxe.xml', xxe), /line 2 holds a document type declaration/],
    ['an entity expansion bomb', async () => upload('lol.xml', bomb), /document type declaration/],
    [
      'a file over the size cap',
      async () =>
        upload(
          'huge.xml',
          readNotice('cn_24_minimal.xml').replace('</ContractNotice>', `<!--${'x'.repeat(MAX_NOTICE_BYTES)}--></ContractNotice>`),
        ),
      /The file is 5 MB, larger than the 5 MB/,
    ],
    [
      'a renamed .docx',
      async () =>
        upload('notice.xml', await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Contract notice')] }] }))),
      /Word document, a spreadsheet or another zipped file/,
    ],
    [
      'a contract notice the eForms schema does not allow',
      async () =>
        upload(
          'odd.xml',
          readNotice('cn_24_minimal.xml').replace(
            '<cbc:UBLVersionID>2.3</cbc:UBLVersionID>',
            '<cbc:UBLVersionID>2.3</cbc:UBLVersionID><cbc:Colour>red</cbc:Colour>',
          ),
        ),
      /“odd\.xml” is not a valid eForms contract notice: it does not follow the eForms schema, so it was not read\. line \d+: Element 'cbc:Colour'/,
    ],
    ['an empty file', async () => upload('empty.xml', ''), /The file is empty/],
    [
      'a file in another encoding',
      async () =>
        upload('latin.xml', Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><ContractNotice>caf\xe9</ContractNotice>', 'latin1')),
      /not UTF-8 text/,
    ],
  ];

  it.each(cases)('%s', async (_label, input, message) => {
    const { root, handlers } = await workspace();
    await handlers['tenders.create']({ title: 'Existing', reference: '', buyer: '', lots: ['Lot 1'] });
    const before = await tendersIn(root);
    const error = await apiError(handlers['notices.importTender'](await input()));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/root:|\/bin\/bash/);
    expect(await tendersIn(root)).toEqual(before);
    expect(await handlers['tenders.list']({})).toHaveLength(1);
  });
});
