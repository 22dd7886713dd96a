// Must stay the first import: see zodConfig.ts.
import './zodConfig';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles/app.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';
import { CssVariables } from './components/CssVariables';
import { NativeColorScheme } from './components/NativeColorScheme';
import { PasteGuard } from './components/PasteGuard';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { App } from './App';
import { i18n, startUiLanguage } from './store/uiLanguage';

startUiLanguage();

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
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        withCssVariables={false}
        withGlobalClasses={false}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
      >
        <CssVariables />
        <NativeColorScheme />
        <TranslatedModals>
          <Notifications position="bottom-right" limit={4} />
          <PasteGuard />
          <App />
        </TranslatedModals>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
