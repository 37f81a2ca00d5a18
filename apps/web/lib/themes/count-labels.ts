// How the page names what it counts (articles, text families, stories).
import type { CountUnit } from "@tidemark/themes/series";

export function countNoun(count: CountUnit): string {
  return count === "families" ? "Text families" : count === "stories" ? "Stories" : "Articles";
}

/** A suffix for a chart description: nothing for articles (the default). */
export function countNote(count: CountUnit): string {
  return count === "articles" ? "" : ` · counting ${count === "families" ? "text families" : "stories"}`;
}
