// @tidemark/voices: the quotes stored per article (extracted by @tidemark/quotes at tagging time),
// speakers rolled up to tracked people and organisations, and the Voices views built from them.
export {
  QUOTES_BACKFILL_JOB,
  QUOTES_BACKFILL_KEY,
  type QuotesBackfillState,
  type QuotesBackfillSummary,
  readQuotesBackfill,
  requestQuotesBackfill,
  runQuotesBackfill,
  startQuotesBackfill,
} from "./backfill.ts";
export {
  currentEntityMatchers,
  type EntityMatch,
  type EntityMatcher,
  loadEntityMatchers,
  matchEntity,
} from "./entities.ts";
export {
  quoteInstant,
  SPEAKER_KINDS,
  type VoicesFilter,
  voicesFilterSchema,
  voicesWhere,
} from "./filters.ts";
export { appositiveRole, nameKey, type QuoteRow, quoteRows } from "./quote-rows.ts";
export { replaceQuotes } from "./replace-quotes.ts";
export { isPronoun, type SpeakerKind, speakerKind } from "./speaker-kind.ts";
export {
  type PrecomputedQuotes,
  type StoreQuotesResult,
  storeArticleQuotes,
  storeInTransaction,
} from "./store-quotes.ts";
export { topVoices, type VoiceRow } from "./top-voices-query.ts";
export { type VoiceOutletRow, voiceOutlets } from "./voice-outlets-query.ts";
export { type QuotesPage, type VoiceQuote, voiceQuotes } from "./voice-quotes-query.ts";
export { SERIES_UNITS, type SeriesUnit, type VoiceSeriesPoint, voiceSeries } from "./voice-series-query.ts";
