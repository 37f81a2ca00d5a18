// HTML fragments shared by the synthetic page kinds: page chrome (navigation, sidebar, footer)
// around an article, written the way common CMS templates write it.

import type { Story } from "./corpus.ts";
import type { Random } from "./random.ts";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function paragraphs(sentences: readonly string[]): string {
  return sentences.map((sentence) => `<p>${escapeHtml(sentence)}</p>`).join("\n");
}

export function navigation(random: Random): string {
  const sections = ["World", "Politics", "Business", "Sports", "Culture", "Science", "Opinion"];
  const links = sections
    .filter(() => random.chance(0.8))
    .map((section) => `<li><a href="/${section.toLowerCase()}">${section}</a></li>`);
  return `<header class="site-header"><a class="logo" href="/">The Daily Ledger</a><nav><ul>${links.join("")}</ul></nav></header>`;
}

/** A list of other stories, with their own dates: teasers that must not leak into the article. */
export function teaserList(stories: readonly Story[], times: readonly string[], className: string): string {
  const items = stories.map(
    (story, index) =>
      `<li class="teaser"><a href="/story/${index}">${escapeHtml(story.headline)}</a>${
        times[index] === undefined ? "" : ` <time datetime="${times[index]}">${times[index]}</time>`
      }</li>`,
  );
  return `<div class="${className}"><h3>More stories</h3><ul>${items.join("")}</ul></div>`;
}

export function footer(year: number): string {
  return `<footer class="site-footer"><p>© ${year} The Daily Ledger. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>`;
}

export interface HeadInput {
  readonly title: string;
  readonly lang: string;
  readonly extra?: string;
}

export function head({ title, lang, extra }: HeadInput): string {
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)} | The Daily Ledger</title><meta property="og:site_name" content="The Daily Ledger">${extra ?? ""}</head>`;
}
