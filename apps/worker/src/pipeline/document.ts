/** The raw material of an extraction: fetched from the web or stored at file intake. */
export interface ObtainedDocument {
  format: "html" | "text";
  content: string;
  /** Where the content came from after redirects; null for a file with no known URL. */
  finalUrl: string | null;
  httpStatus: number | null;
  fetchedAt: Date;
}
