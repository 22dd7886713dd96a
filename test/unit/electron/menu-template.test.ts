/** The desktop menu's labels in each language, from the same template Electron is given. */
import { afterAll, describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { setLanguage } from '@shared/i18n';
import { menuTemplate } from '../../../electron/main/menuTemplate';

function labels(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'separator') return [];
    const own = item.label === undefined ? [`(${item.role ?? 'unnamed'})`] : [item.label];
    return [...own, ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])];
  });
}

async function menuIn(language: 'en' | 'fr' | 'es', platform: NodeJS.Platform = 'linux') {
  await setLanguage(language);
  const sent: string[] = [];
  const template = menuTemplate({
    platform,
    packaged: false,
    recent: [
      { id: 't-1', title: 'Cleaning services' },
      { id: 't-2', title: '' },
    ],
    send: (command) => sent.push(command),
    print: () => sent.push('print'),
  });
  return { template, labels: labels(template), sent };
}

describe('the desktop menu', () => {
  afterAll(() => setLanguage('en'));

  it('is in English with the English catalogue', async () => {
    const { template, labels: shown } = await menuIn('en');
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(shown).toEqual(
      expect.arrayContaining([
        'New tender',
        'Open recent',
        'Cleaning services',
        'Untitled tender',
        'Print…',
        'Tender details',
        'Keyboard shortcuts',
      ]),
    );
  });

  it('is in French and Spanish, every item named, with the same commands', async () => {
    const english = await menuIn('en');
    for (const [language, menus, words] of [
      [
        'fr',
        ['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide'],
        ['Nouvel appel d’offres', 'Appel d’offres sans titre', 'Détails de l’appel d’offres', 'Couper'],
      ],
      [
        'es',
        ['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda'],
        ['Nueva licitación', 'Licitación sin título', 'Datos de la licitación', 'Cortar'],
      ],
    ] as const) {
      const { template, labels: shown } = await menuIn(language);
      expect(template.map((menu) => menu.label)).toEqual(menus);
      expect(shown).toEqual(expect.arrayContaining([...words]));
      // Roles get labels, so Electron never falls back to its English names.
      expect(shown.filter((label) => label.startsWith('('))).toEqual([]);
      expect(shown).toHaveLength(english.labels.length);
      // Only the tender's own title and words both languages share stay as in English.
      const same = shown.filter((label, index) => label === english.labels[index]);
      expect(
        same.every((label) => ['Cleaning services', 'Clauses', 'Questions', 'Zoom'].includes(label)),
        same.join(', '),
      ).toBe(true);
    }
  });

  it('sends the same commands whatever the language', async () => {
    const { template, sent } = await menuIn('fr', 'darwin');
    const file = template.find((menu) => menu.label === 'Fichier');
    const items = (file?.submenu ?? []) as MenuItemConstructorOptions[];
    const recent = items.find((item) => item.label === 'Ouvrir un élément récent')?.submenu as MenuItemConstructorOptions[];
    (recent[0]?.click as () => void)();
    (items[0]?.click as () => void)();
    expect(sent).toEqual(['open-tender:t-1', 'new-tender']);
    expect(template[0]).toEqual({ role: 'appMenu' });
  });
});
