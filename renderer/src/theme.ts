import { createTheme, darken, localStorageColorSchemeManager, type CSSVariablesResolver } from '@mantine/core';

/**
 * Tenderwright's Mantine theme. Its CSS variables reach the page through CssVariables.tsx (CSSOM, not
 * <style>). It names the close buttons of every dialog and notice, so it is made for the user's language.
 */
export const themeFor = (labels: { close: string; closeNotification: string }) =>
  createTheme({
    primaryColor: 'indigo',
    primaryShade: 7,
    defaultRadius: 'md',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
    headings: { fontWeight: '650' },
    components: {
      // Scroll locking (react-remove-scroll) injects a <style> tag, which the CSP refuses. The page
      // itself never scrolls (only <main> does), so there is nothing to lock.
      Modal: { defaultProps: { lockScroll: false, closeButtonProps: { 'aria-label': labels.close } } },
      Drawer: { defaultProps: { lockScroll: false, closeButtonProps: { 'aria-label': labels.close } } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': labels.closeNotification } } },
      // Mantine's menu puts a role="presentation" focus placeholder inside role="menu", which axe flags
      // (aria-required-children). Without it, opening the menu from the keyboard focuses the first item.
      Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
      // Browser autofill suggestions are noise in a desktop app's forms.
      TextInput: { defaultProps: { autoComplete: 'off' } },
    },
  });

/**
 * Light, dark or the system's choice is a personal preference, so it is kept on this computer
 * (localStorage), not in the shared workspace settings.
 */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'tenderwright-color-scheme' });

/**
 * Contrast fixes for the light scheme (WCAG AA, checked by axe): Mantine's "dimmed" grey, its error
 * red and the text of its light variants (shade 6, on a shade-1 background that turns shade 2 on
 * hover) all fall under 4.5:1. Light-variant text becomes shade 9 darkened by 30%: at least 4.7:1.
 * A colour's text (c="red") is its shade 9, which stays readable on white, and its shade 4 in the dark.
 * In the dark scheme Mantine's dimmed grey, error red and link blue fall under 4.5:1 on its dark
 * background: lighter shades replace them.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-8)',
    ...Object.fromEntries(
      Object.entries(t.colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-light-color`, darken(shades[9], 0.3)],
        [`--mantine-color-${name}-text`, `var(--mantine-color-${name}-9)`],
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-3)',
  },
});
