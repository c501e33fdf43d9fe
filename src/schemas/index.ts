/** One schema per record type; `content.config.ts`, the integrity check and tests all import from here. */
export { actorSchema, type Actor } from './actor';
export { articleSchema, type Article } from './article';
export { claimSchema, type Claim, type AttributionLink, type ClaimSource, type Figure } from './claim';
export { eventSchema, type Event } from './event';
export { sourceSchema, type Relay, type Source } from './source';
export { termSchema, type Term } from './term';
export { USES, type Use } from './scope';
export { STATUSES, type Status } from './status';
export { countWords, MAX_WORDS } from './common';
export { articleTranslationSchema, DEFAULT_LANGUAGE, LANGUAGES, TRANSLATED_LANGUAGES, type ArticleTranslation, type Language, type TranslatedLanguage } from './language';
