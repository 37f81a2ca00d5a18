import { createHash } from "node:crypto";

/**
 * Identity of an article's content: title and text with whitespace folded, so a re-fetch that
 * only changes markup or spacing is not a new version.
 */
export function contentHash(title: string | null, text: string): string {
  const fold = (s: string) => s.replace(/\s+/g, " ").trim();
  return createHash("sha256")
    .update(`${fold(title ?? "")}\n${fold(text)}`)
    .digest("hex");
}
