/**
 * DOM ids of the editors' fields, shared by the screens that render them and by undo, which focuses
 * the field a step changed.
 */
export const fieldId = (lotId: string, ownerId: string, field: string) => `f-${lotId}-${ownerId}-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
export const lotFieldId = (lotId: string, field: string) => `f-${lotId}-lot-${field}`;
/** The tender's own fields on the Details screen ("title", "reference", "buyer", "description"). */
export const tenderFieldId = (field: string) => `tender-${field}`;
export const lotTitleId = (lotId: string) => `lot-title-${lotId}`;
