/** The raw material of an extraction: fetched from the web or stored at file intake. */
export interface ObtainedDocument {
  format: "html" | "text";
  content: string;
  /** Where the content came from after redirects; null for a file with no known URL. */
  finalUrl: string | null;
  httpStatus: number | null;
  fetchedAt: Date;
  /** The server said nothing changed since the validators we sent (HTTP 304); no content. */
  notModified?: boolean;
  etag?: string | null;
  lastModified?: string | null;
  /** Time the fetch spent waiting for the site's politeness slot (ms), for per-stage timings. */
  waitMs?: number;
}

/** Validators from the previous fetch, for a conditional re-fetch. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}
