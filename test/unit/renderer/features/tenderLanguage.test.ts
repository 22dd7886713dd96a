import { describe, expect, it } from 'vitest';
import { localeLabel, withTenderLanguage, withTenderLocale } from '../../../../renderer/src/features/tenders/tenderLanguage';

describe('a tender’s language and locale of issue', () => {
  it('keeps a locale that belongs to the new language and drops one that does not', () => {
    expect(withTenderLanguage({ language: 'fr', locale: 'fr-BE' }, 'es')).toEqual({ language: 'es' });
    expect(withTenderLanguage({ language: 'fr', locale: 'fr-BE' }, 'fr')).toEqual({ language: 'fr', locale: 'fr-BE' });
    expect(withTenderLanguage({}, 'fr')).toEqual({ language: 'fr' });
  });

  it('takes a locale of the tender’s language only; absent language is English', () => {
    expect(withTenderLocale({ language: 'es' }, 'es-MX')).toEqual({ language: 'es', locale: 'es-MX' });
    const french = { language: 'fr' as const, locale: 'fr-FR' };
    expect(withTenderLocale(french, 'es-MX')).toBe(french);
    expect(withTenderLocale({}, 'en-IE')).toEqual({ locale: 'en-IE' });
  });

  it('names a locale in the screens’ language, with its tag', () => {
    expect(localeLabel('fr-BE', 'en')).toBe('French (Belgium) · fr-BE');
    expect(localeLabel('fr-BE', 'fr')).toBe('français (Belgique) · fr-BE');
    expect(localeLabel('es-MX', 'fr')).toBe('espagnol (Mexique) · es-MX');
  });
});
