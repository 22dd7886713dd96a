import type { UpdateMode } from '../model/settings';

/**
 * Where this build would fetch new versions of itself from: nowhere, since electron-builder.yml
 * publishes nothing for an updater (a test keeps the two in step). An organisation that runs its own
 * update server sets both.
 */
export const UPDATE_SOURCE: string | null = null;

export const UPDATE_MODE_CHOICES: { mode: UpdateMode; label: string; description: string }[] = [
  { mode: 'none', label: 'Never', description: 'Your IT department installs new versions. Tenderwright never looks for one itself.' },
  { mode: 'manual', label: 'When asked', description: 'Tenderwright looks for a new version only when someone asks it to.' },
  { mode: 'start', label: 'At start', description: 'Tenderwright looks for a new version each time it starts.' },
];

/** What the chosen policy means for this copy of Tenderwright, in one or two sentences. */
export function updatePolicyNote(mode: UpdateMode, source: string | null): string {
  if (mode === 'none') return 'Nothing is downloaded: new versions come as installers from your IT department.';
  const when = mode === 'manual' ? 'when asked' : 'at each start';
  if (!source) {
    return `This copy of Tenderwright has no update server configured, so nothing is downloaded ${when} either: new versions come as installers from your IT department.`;
  }
  return `New versions would be looked for at ${source} ${when}; this copy does not download them itself yet, so they still come as installers from your IT department.`;
}
