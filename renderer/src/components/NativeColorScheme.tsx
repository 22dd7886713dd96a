import { useEffect } from 'react';
import { useMantineColorScheme } from '@mantine/core';
import { call, transport } from '../api';

/**
 * The desktop window's native parts (title bar, menus, scrollbars) follow the scheme chosen in
 * Settings: on start and on every change. Browser mode has no native theme to set.
 */
export function NativeColorScheme() {
  const { colorScheme } = useMantineColorScheme();
  useEffect(() => {
    if (transport() !== 'electron') return;
    // The page's own colours do not depend on it: a failure only leaves the title bar as the system has it.
    void call('appearance.setColorScheme', { scheme: colorScheme === 'auto' ? 'system' : colorScheme }).catch(() => undefined);
  }, [colorScheme]);
  return null;
}
