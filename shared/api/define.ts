/** Marks a method's output type without a runtime schema (the services are trusted; inputs are not). */
export const returns = <T>() => undefined as unknown as T;
