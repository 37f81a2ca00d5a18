// Keyset cursors for article lists: the position of a row in its sort order (segment, sort value,
// id), opaque to clients. A cursor from another sort order is rejected rather than misread.
import { z } from "zod";

/** A bad `after`/`before` page link; the web app answers it with a 400. */
export class ArticleListError extends Error {
  constructor(
    readonly code: "invalid_cursor",
    message: string,
  ) {
    super(message);
    this.name = "ArticleListError";
  }
}

const cursorSchema = z.object({
  /** Which sort the cursor belongs to. */
  o: z.string(),
  /** Segment of the order (dated articles before undated ones when sorting by publication). */
  s: z.number().int().min(0).max(1),
  /** Sort value (ISO instant) or null when the segment sorts by id only. */
  v: z.string().nullable(),
  id: z.uuid(),
});

export type Cursor = z.output<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(value: string, sort: string): Cursor {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw new ArticleListError("invalid_cursor", "That page link is broken; go back to the first page.");
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success || parsed.data.o !== sort) {
    throw new ArticleListError(
      "invalid_cursor",
      "That page link belongs to another sort order; go back to the first page.",
    );
  }
  return parsed.data;
}
