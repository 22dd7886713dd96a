/** Formatting follows the screens' language: its words, and the system's locale only when it is in that language. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@shared/i18n';
import { count, fileSize, humanDate, longDate } from '../../../../renderer/src/lib/format';

const systemLanguages = (languages: string[]) => vi.stubGlobal('navigator', { languages, language: languages[0] });

describe('format in the screens’ language', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await setLanguage('en');
  });

  it('uses the system locale when it is in the screens’ language', async () => {
    systemLanguages(['fr-BE', 'en-GB']);
    await setLanguage('fr');
    expect(longDate('2026-12-02')).toBe('2 décembre 2026');
    expect(count(12345)).toBe('12\u202f345');
    systemLanguages(['es-MX']);
    await setLanguage('es');
    expect(longDate('2026-12-02')).toBe('2 de diciembre de 2026');
  });

  it('falls back to the language’s default locale on a system in another language', async () => {
    systemLanguages(['en-US']);
    await setLanguage('es');
    expect(count(12345)).toBe('12.345');
    await setLanguage('en');
    expect(longDate('2026-12-02')).toBe('December 2, 2026');
    systemLanguages(['de-DE']);
    expect(longDate('2026-12-02')).toBe('2 December 2026');
  });

  it('writes its own words in the screens’ language', async () => {
    systemLanguages(['fr-FR']);
    await setLanguage('fr');
    expect(humanDate(new Date().toISOString())).toBe('à l’instant');
    expect(fileSize(512)).toBe('512 octets');
    expect(fileSize(1.5 * 1024 * 1024)).toBe('1,5 Mo');
    await setLanguage('es');
    expect(fileSize(1)).toBe('1 byte');
  });
});
