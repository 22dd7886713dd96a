import { useLayoutEffect } from 'react';
import {
  DEFAULT_THEME,
  defaultCssVariablesResolver,
  mergeMantineTheme,
  useComputedColorScheme,
  useMantineCssVariablesResolver,
  useMantineTheme,
} from '@mantine/core';

const defaults = defaultCssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, {}));

/**
 * Mantine normally writes the theme's CSS variables into a <style> tag, which the app's CSP
 * (style-src 'self', no 'unsafe-inline') refuses. The static stylesheet (@mantine/core/styles.css)
 * already holds the default theme's variables, so this applies only the ones our theme (and its
 * cssVariablesResolver) changes, through the CSSOM (element.style.setProperty), which CSP allows.
 */
export function CssVariables() {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const extra = useMantineCssVariablesResolver();

  useLayoutEffect(() => {
    const base = defaultCssVariablesResolver(theme);
    const own = extra?.(theme);
    const resolved = {
      variables: { ...base.variables, ...own?.variables },
      light: { ...base.light, ...own?.light },
      dark: { ...base.dark, ...own?.dark },
    };
    const changed: Record<string, string> = {};
    const collect = (from: Record<string, string>, stock: Record<string, string>) => {
      for (const [name, value] of Object.entries(from)) if (stock[name] !== value) changed[name] = value;
    };
    collect(resolved.variables, defaults.variables);
    collect(scheme === 'dark' ? resolved.dark : resolved.light, scheme === 'dark' ? defaults.dark : defaults.light);
    const root = document.documentElement;
    for (const [name, value] of Object.entries(changed)) root.style.setProperty(name, value);
    return () => {
      for (const name of Object.keys(changed)) root.style.removeProperty(name);
    };
  }, [theme, scheme, extra]);

  return null;
}
