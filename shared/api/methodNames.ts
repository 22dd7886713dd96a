/**
 * The names of the contract's methods, without their schemas: for code that only needs to know
 * which methods exist (the preload, which must stay small). contract.ts checks at compile time that
 * this list and the contract name the same methods, and a unit test checks it at run time.
 */
export const METHOD_NAMES = [
  'workspace.status',
  'workspace.dismissQuarantined',
  'tenders.list',
  'tenders.get',
  'tenders.create',
  'tenders.save',
  'tenders.saveCopy',
  'tenders.rename',
  'tenders.duplicate',
  'tenders.delete',
  'tenders.undoDelete',
  'backups.list',
  'backups.restore',
  'backups.get',
  'backups.pin',
  'backups.unpin',
  'settings.get',
  'settings.save',
  'files.capabilities',
  'files.save',
  'files.open',
  'files.showInFolder',
  'evaluation.exportWorkbooks',
  'evaluation.exportLeadWorkbook',
  'evaluation.importWorkbooks',
  'evaluation.moderate',
  'evaluation.records',
  'evaluation.results',
  'library.get',
  'library.saveCriterion',
  'library.deleteCriterion',
  'library.saveClause',
  'library.deleteClause',
  'library.saveQuestion',
  'library.deleteQuestion',
  'library.importQuestions',
  'export.preview',
  'export.wordPack',
  'export.clauses',
  'presence.list',
  'presence.report',
  'workspace.changes',
  'recovery.save',
  'recovery.get',
  'recovery.discard',
  'deleted.list',
  'deleted.restore',
  'deleted.purge',
  'notices.importTender',
  'notices.preview',
  'notices.export',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** The IPC channel a method travels on; derived, never declared elsewhere. */
export const channelOf = (method: MethodName) => `api:${method}`;
