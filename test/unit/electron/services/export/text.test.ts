import { describe, expect, it } from 'vitest';
import { xmlSafeText } from '@shared/rules/exportText';
import { safeText } from '../../../../../electron/services/export/text';
import { NASTY } from './tenders';

/** Deterministic strings mixing ordinary text with every kind of character xmlSafeText treats specially. */
function* samples(count: number): Generator<string> {
  const pieces = [
    'plain ',
    'é',
    '中文',
    '\t',
    '\n',
    '\r',
    '\r\n',
    '\u0000',
    '\u000b',
    '\u001f',
    '\ud800',
    '\udc00',
    '\ud83d\ude00',
    '\ufffe',
    '\uffff',
    '\u2028',
    '<w:t>',
    ']]>',
  ];
  let seed = 7;
  for (let i = 0; i < count; i += 1) {
    let text = '';
    for (let n = 0; n < 1 + (i % 9); n += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      text += pieces[seed % pieces.length];
    }
    yield text;
  }
}

describe('safeText', () => {
  it('gives exactly what xmlSafeText gives, for clean and hostile text alike', () => {
    for (const text of [NASTY, '', 'Within 45 days of contract award', ...samples(2000)]) expect(safeText(text)).toBe(xmlSafeText(text));
  });

  it('hands clean text back as it is', () => {
    const text = 'Supplier shall disclose tier one sites\twithin 30 days.\nÉ 中文 \ud83d\ude00';
    expect(safeText(text)).toBe(text);
  });
});
