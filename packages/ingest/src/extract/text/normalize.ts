// String normalisations shared by title, heading and author comparisons.

/** Lowercase letters and digits only: "The  Title!" and "the title" compare equal. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
