import { useMediaQuery } from '@mantine/hooks';

/**
 * Below this window height (a 1280x720 laptop screen, a small window) the screens' headings shrink and
 * their descriptions fold away behind "What is this?", so each screen's own content starts in view.
 * Keep in step with the @media (max-height) rules in styles/app.css.
 */
export const COMPACT_LAYOUT_QUERY = '(max-height: 760px)';

/** True while the window is short enough for the compact layout; follows the window as it is resized. */
export function useCompactLayout(): boolean {
  // Read at once, not after a first render, so the full intro never flashes before folding away.
  return useMediaQuery(COMPACT_LAYOUT_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
}
