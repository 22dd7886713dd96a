import type { ReactNode } from 'react';
import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A list or screen still loading: one centred spinner with a name for screen readers. */
export function Loading({ label }: { label: string }) {
  return (
    <Center py="xl">
      <Loader aria-label={label} />
    </Center>
  );
}

/** A list or screen that could not be loaded: what went wrong, and a way to try again. */
export function LoadFailed({ title, error, onRetry }: { title: string; error: string | null; onRetry: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Alert color="red" title={title}>
      <Text size="sm" mb="sm">
        {error}
      </Text>
      <Button size="xs" variant="default" onClick={onRetry}>
        {t('actions.tryAgain')}
      </Button>
    </Alert>
  );
}

export interface LoadGateProps {
  /** Something to show: it wins over a later failed reload, so what is on screen stays. */
  ready: boolean;
  failed: boolean;
  /** The spinner's name for screen readers, e.g. "Loading tenders". */
  loadingLabel: string;
  /** What could not be loaded, e.g. "The tenders could not be loaded". */
  failedTitle: string;
  error: string | null;
  onRetry: () => void;
  /** A function when what it shows needs what was loaded to exist. */
  children: ReactNode | (() => ReactNode);
}

/** Shows `children` once loaded; until then a spinner, or what went wrong with "Try again". */
export function LoadGate({ ready, failed, loadingLabel, failedTitle, error, onRetry, children }: LoadGateProps) {
  if (ready) return <>{typeof children === 'function' ? children() : children}</>;
  if (failed) return <LoadFailed title={failedTitle} error={error} onRetry={onRetry} />;
  return <Loading label={loadingLabel} />;
}
