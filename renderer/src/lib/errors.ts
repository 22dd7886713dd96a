import { ApiCallError } from '../api';

/** A message fit to show the user, whatever was thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) return error.body.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Per-field messages from a failed call or a zod parse, keyed by the field's path ("title", "lots.1").
 * `strip` removes a leading path segment such as "content." for tenders.save.
 */
export function fieldErrorsOf(issues: { path: string; message: string }[] | undefined, strip = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues ?? []) {
    const path = strip && issue.path.startsWith(strip) ? issue.path.slice(strip.length) : issue.path;
    if (!(path in out)) out[path] = issue.message;
  }
  return out;
}

/** zod issues (path arrays) in the same shape the API uses. */
export function zodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(input)', message: issue.message }));
}

export function apiFieldErrors(error: unknown, strip = ''): Record<string, string> {
  return error instanceof ApiCallError ? fieldErrorsOf(error.body.issues, strip) : {};
}
