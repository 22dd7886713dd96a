// shared/ is checked with neither DOM nor Node types, so that it cannot lean on either side by
// accident. These few globals exist in both the page and Node 20, with the same meaning; they are
// declared here, for shared/ only (the other layers get them from their own types).

declare function structuredClone<T>(value: T): T;

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

// eslint-disable-next-line no-var -- only a var becomes a property of globalThis, which common.ts reads it from
declare var crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
