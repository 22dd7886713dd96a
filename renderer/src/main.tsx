// Must stay the first import: see zodConfig.ts.
import './zodConfig';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles/app.css';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { colorSchemeManager, cssVariablesResolver, themeFor } from './theme';
import { CssVariables } from './components/CssVariables';
import { NativeColorScheme } from './components/NativeColorScheme';
import { PasteGuard } from './components/PasteGuard';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { App } from './App';
import { i18n, startUiLanguage } from './store/uiLanguage';

startUiLanguage();

/** Mantine with the theme made for the user's language (the close buttons' names), again when it changes. */
function TranslatedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const theme = useMemo(() => themeFor({ close: t('actions.close'), closeNotification: t('actions.closeNotification') }), [t]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      withCssVariables={false}
      withGlobalClasses={false}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      {children}
    </MantineProvider>
  );
}

/** Mantine's confirmation dialogs, with their default buttons in the user's language. */
function TranslatedModals({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  return <ModalsProvider labels={{ confirm: t('actions.confirm'), cancel: t('actions.cancel') }}>{children}</ModalsProvider>;
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      {/*
      The CSP (style-src 'self') refuses <style> tags, so Mantine must not inject any: its variables
      come from the static stylesheet plus <CssVariables /> (CSSOM), and its global helper classes are
      not used. Components that always inject styles (AppShell, Grid, SimpleGrid, responsive style
      props) are avoided.
    */}
      <TranslatedMantine>
        <CssVariables />
        <NativeColorScheme />
        <TranslatedModals>
          <Notifications position="bottom-right" limit={4} />
          <PasteGuard />
          <App />
        </TranslatedModals>
      </TranslatedMantine>
    </I18nextProvider>
  </StrictMode>,
);
