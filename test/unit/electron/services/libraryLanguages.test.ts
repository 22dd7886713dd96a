import { describe, expect, it } from 'vitest';
import { closeHandlers, createHandlers } from '../../../../electron/services/handlers';
import { librariesIn, shownIn } from '@shared/library/localise';
import { criterionFromLibrary } from '@shared/model/criteriaLibrary';
import { tempDirsPerTest } from './temp-dir';

/* The library view the services return carries the translations, and an own item saved in French stays French. */

const tempDir = tempDirsPerTest('tw-lib-lang-');

describe('library view in a tender’s language', () => {
  it('turns the built-ins of library.get into Spanish and keeps an own French criterion as written', async () => {
    const handlers = await createHandlers(await tempDir());
    try {
      const english = await handlers['library.get']({});
      const own = { ...english.criteria.builtin[4]!, id: 'own-merite', name: 'Mérite technique', language: 'fr' as const };
      const view = await handlers['library.saveCriterion']({ entry: own, baseRevision: english.revision });
      expect(Object.keys(view.translations).sort()).toEqual(['es', 'fr']);

      const spanish = librariesIn(view, 'es');
      expect(spanish.criteria.builtin.find((e) => e.id === 'lib-price-lowest-ratio')!.name).toBe('Precio total');
      expect(spanish.questions.builtin.every((q) => q.language === 'es')).toBe(true);
      expect(spanish.clauses.filter((c) => c.origin === 'builtin').every((c) => c.language === 'es')).toBe(true);

      const saved = spanish.criteria.own.find((e) => e.id === 'own-merite')!;
      expect(shownIn(saved, 'es')).toMatchObject({ shownIn: 'fr', fallback: true });
      expect(shownIn(saved, 'fr').fallback).toBe(false);
      expect(criterionFromLibrary(saved, { id: 'c1' }).name).toBe('Mérite technique');
    } finally {
      await closeHandlers(handlers);
    }
  });
});
