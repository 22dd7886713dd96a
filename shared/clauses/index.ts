/** The clause library, template engine, versioning and leverage coverage: pure, shared by both sides. */
export * from './template';
export * from './diff';
export * from './library';
export * from './instances';
export * from './coverage';
export * from './result';
