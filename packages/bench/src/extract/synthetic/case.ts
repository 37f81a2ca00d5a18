// What one synthetic page is and what the extractor should make of it.

export type SyntheticKind =
  | "archive"
  | "written-date"
  | "modified-only"
  | "teaser-times"
  | "table-story"
  | "script-body"
  | "bodiless"
  | "boilerplate-ancestor"
  | "polluted"
  | "wire-brief"
  | "binary";

export interface SyntheticCase {
  readonly page: string;
  readonly kind: SyntheticKind;
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly mustContain: readonly string[];
  readonly mustNotContain: readonly string[];
  readonly title?: string;
  readonly author?: string;
  /** Expected publication day (YYYY-MM-DD); null when the page has no date; absent when not scored. */
  readonly date?: string | null;
  /** The extractor must refuse the input with this error code. */
  readonly expectError?: "not_html";
}
