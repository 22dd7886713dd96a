import { createTheme, darken, type CSSVariablesResolver } from '@mantine/core';

/** Tenderwright's Mantine theme. Its CSS variables reach the page through CssVariables.tsx (CSSOM, not <style>). */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Scroll locking (react-remove-scroll) injects a <style> tag, which the CSP refuses. The page
    // itself never scrolls (only <main> does), so there is nothing to lock.
    Modal: { defaultProps: { lockScroll: false, closeButtonProps: { 'aria-label': 'Close' } } },
    Drawer: { defaultProps: { lockScroll: false } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } } },
    // Mantine's menu puts a role="presentation" focus placeholder inside role="menu", which axe flags
    // (aria-required-children). Without it, opening the menu from the keyboard focuses the first item.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // Browser autofill suggestions are noise in a desktop app's forms.
    TextInput: { defaultProps: { autoComplete: 'off' } },
  },
});

/**
 * Contrast fixes for the light scheme (WCAG AA, checked by axe): Mantine's "dimmed" grey, its error
 * red and the text of its light variants (shade 6, on a shade-1 background that turns shade 2 on
 * hover) all fall under 4.5:1. Light-variant text becomes shade 9 darkened by 30%: at least 4.7:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-8)',
    ...Object.fromEntries(
      Object.entries(t.colors).map(([name, shades]) => [`--mantine-color-${name}-light-color`, darken(shades[9], 0.3)]),
    ),
  },
  dark: {},
});
