// The contract between extraction and everything downstream (worker, CLI, benchmarks).

/** Where a date came from, most to least trustworthy. Mirrors the DateSource enum in @tidemark/db. */
export type ExtractedDateSource = "jsonld" | "meta" | "time" | "url" | "text" | "none";

export interface ExtractedArticle {
  /** Cleaned of "| Site" style suffixes. */
  title: string | null;
  /**
   * The credit for display: the authors as the page writes them or joined ("A, B and C"); the
   * declared publication when no one is credited (then `authors` is empty); or null.
   */
  byline: string | null;
  authors: string[];
  /**
   * ISO 8601: a full timestamp with offset ("2020-08-07T14:03:00+02:00" or "...Z") when the page
   * gives a time, else a bare day ("2020-08-07").
   */
  publishedAt: string | null;
  publishedAtSource: ExtractedDateSource;
  /**
   * True when the page gave no publication date and `publishedAt` is its modification date (the
   * only date it has): series still place the article, and the provenance says what the day is.
   */
  publishedAtIsModified: boolean;
  modifiedAt: string | null;
  modifiedAtSource: ExtractedDateSource;
  /** BCP 47 primary language subtag, lowercase ("en", "zh", "de"), or null when unknown. */
  language: string | null;
  siteName: string | null;
  /** Absolute URL from <link rel=canonical> or og:url, resolved against the page URL. */
  canonicalUrl: string | null;
  leadImageUrl: string | null;
  /** Main text; paragraphs separated by a blank line ("\n\n"). */
  text: string;
  wordCount: number;
}

export interface ExtractOptions {
  /** The page's URL, for resolving relative links and URL-pattern dates. */
  url?: string;
  /**
   * When the page was fetched. Dates later than this (plus one day of slack) are rejected as
   * impossible. Defaults to now, which is right for fresh fetches and lenient for old HTML.
   */
  fetchedAt?: Date;
}
