import { dispatch, type Handlers } from '@shared/api/contract';

/** Calls a contract method the way both transports do (schema check, then the service); throws on an error envelope. */
export async function call<T>(handlers: Handlers, method: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.data as T;
}
