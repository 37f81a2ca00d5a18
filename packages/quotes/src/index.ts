export { extractQuotes } from "./extract.ts";
export { findQuotedSegments, type QuotedSegment } from "./marks.ts";
export { type Quote, quoteSchema, type Speaker, speakerSchema } from "./schema.ts";
