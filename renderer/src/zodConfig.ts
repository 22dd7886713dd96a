/**
 * Imported first by main.tsx, before any module builds a zod schema. zod 4 compiles object parsers
 * with `new Function` unless told not to, and probes for it even when `eval` is blocked; the app's CSP
 * (script-src 'self') refuses it and reports a violation. Jitless parsing is plenty fast for forms.
 */
import { config } from 'zod';

config({ jitless: true });
