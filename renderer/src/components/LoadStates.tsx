import { Alert, Button, Center, Loader, Text } from '@mantine/core';

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
  return (
    <Alert color="red" title={title}>
      <Text size="sm" mb="sm">
        {error}
      </Text>
      <Button size="xs" variant="default" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
