// Grouping settings: near-duplicate (text family) parameters and story clustering parameters.
// Stored signatures carry PARAMS_VERSION; changing the near-duplicate settings means a new
// version, and `tidemark stories rebuild` re-signs every article.
import { nearDupOptions } from "@tidemark/neardup";

/** 5-word shingles, 128 hashes, 32 bands × 4 rows, copies at estimated Jaccard ≥ 0.5. */
export const NEARDUP = nearDupOptions({ shingleSize: 5, numHashes: 128, bands: 32, threshold: 0.5 });

/** Version of NEARDUP stored with each signature. */
export const PARAMS_VERSION = 1;

/** Texts with fewer words are not signed (a handful of words says nothing about copying). */
export const MIN_SIGNED_WORDS = 25;

/** At most this many stored signatures are verified per lookup (a hot band cannot stall ingest). */
export const MAX_FAMILY_CANDIDATES = 500;

export interface StoryOptions {
  /** Articles further apart than this in time are never put into one story by their keys. */
  windowHours: number;
  /** Share of an article's key weight another article must share for them to be one story. */
  threshold: number;
  /** Keys the candidate must share (two at least: one shared name is not an event). */
  minShared: number;
  /** Terms kept per article (the rarest by tf-idf), plus every entity it mentions. */
  maxTerms: number;
  /** Characters of the body read for terms (the lead carries the event). */
  leadChars: number;
}

export const STORY_DEFAULTS: StoryOptions = {
  windowHours: 72,
  threshold: 0.3,
  minShared: 2,
  maxTerms: 12,
  leadChars: 1_500,
};
