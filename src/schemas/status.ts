/**
 * The five evidence statuses of the methodology page, weakest evidence last.
 * This list is the single definition: schemas, badges, charts and the methodology page read it; their names and
 * definitions are words, in the dictionaries (`src/i18n/`).
 */
export const STATUSES = ['documented', 'reported', 'alleged', 'disputed', 'contradicted'] as const;

export type Status = (typeof STATUSES)[number];
