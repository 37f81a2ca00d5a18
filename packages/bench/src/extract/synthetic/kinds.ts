// One builder per synthetic page kind. Each returns the page and the answers derived from the same
// random draws that built it (sentences, names, days), never hand-written expectations.
import type { SyntheticCase, SyntheticKind } from "./case.ts";
import type { Story } from "./corpus.ts";
import { addDays, type Day, isoDay, numericDate, WRITTEN_LANGUAGES, writtenDate } from "./dates.ts";
import { escapeHtml, footer, head, navigation, paragraphs, teaserList } from "./html.ts";
import type { Random } from "./random.ts";

export type CaseBody = Omit<SyntheticCase, "page" | "kind">;

export interface Material {
  readonly random: Random;
  /** Next unused stories from the corpus. */
  draw(count: number): Story[];
  /** The fetch time of every synthetic page: all dates must be before it. */
  readonly now: Day;
}

const encoder = new TextEncoder();
const utf8 = (html: string): Uint8Array => encoder.encode(html);

function randomDay(random: Random, fromYear: number, toYear: number): Day {
  return { year: random.int(fromYear, toYear), month: random.int(1, 12), day: random.int(1, 28) };
}

/** First listed author of a corpus record when it reads as a personal name. */
function personName(story: Story, random: Random): string {
  const first = story.authors.split(/,| and /)[0]?.trim() ?? "";
  if (/^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,2}$/u.test(first)) return first;
  return random.pick(["Maria Keller", "James O'Neill", "Ana Ribeiro", "Thomas Berger", "Lucie Martin"]);
}

function articleSentences(material: Material, min: number, max: number): string[] {
  return material.draw(material.random.int(min, max)).map((story) => story.sentence);
}

function url(material: Material, slug: string): string {
  return `https://news.example.org/story/${slug}-${material.random.int(10000, 99999)}`;
}

function isoTime(day: Day, random: Random): string {
  const zone = random.pick(["Z", "-05:00", "+01:00", "-08:00"]);
  // Noon-ish local times: the local day is the day in every zone above.
  return `${isoDay(day)}T${String(random.int(9, 14)).padStart(2, "0")}:${random.int(10, 59)}:00${zone}`;
}

const ROLES = ["Staff Writer", "Senior Correspondent", "Reporter", "Associated Press"];

function bylineHtml(name: string, random: Random): string {
  return random.chance(0.5)
    ? `<span class="byline">By <a rel="author" href="/authors/x">${escapeHtml(name)}</a>, ${random.pick(ROLES)}</span>`
    : `<div class="author-name">By ${escapeHtml(name)} | ${random.pick(ROLES)}</div>`;
}

/** Explicit structured dates from before the web, with later dates written in the body. */
export function archive(material: Material): CaseBody {
  const { random } = material;
  const [lead] = material.draw(1);
  if (lead === undefined) throw new Error("corpus exhausted");
  const day = randomDay(random, 1980, 1994);
  const author = personName(lead, random);
  const sentences = articleSentences(material, 4, 6);
  const distractor = `The notes are due ${writtenDate(addDays(day, random.int(400, 4000)), "en", random.int(0, 1))}, the filing said.`;
  const body = [...sentences.slice(0, 2), distractor, ...sentences.slice(2)];
  const modified = random.chance(0.5) ? addDays(day, random.int(30, 9000)) : null;
  const sources = random.int(1, 7);
  const jsonLd =
    sources & 1
      ? `<script type="application/ld+json">${JSON.stringify({
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: lead.headline,
          datePublished: random.chance(0.5) ? isoDay(day) : isoTime(day, random),
          ...(modified === null ? {} : { dateModified: isoDay(modified) }),
          author: { "@type": "Person", name: author },
        })}</script>`
      : "";
  const meta =
    sources & 2
      ? `<meta property="article:published_time" content="${isoTime(day, random)}">${modified === null ? "" : `<meta property="article:modified_time" content="${isoDay(modified)}">`}`
      : "";
  const time =
    sources & 4 ? `<time datetime="${isoDay(day)}" pubdate>${writtenDate(day, "en", 0)}</time>` : "";
  const others = material.draw(4);
  const otherTimes = others.map(() => isoDay(randomDay(random, 1995, 2020)));
  const html = `${head({ title: lead.headline, lang: "en", extra: meta + jsonLd })}<body>${navigation(random)}<main><article><h1>${escapeHtml(lead.headline)}</h1><div class="meta">${bylineHtml(author, random)} ${time}</div><div class="story-body">${paragraphs(body)}</div></article>${teaserList(others, otherTimes, "more-news")}</main>${footer(day.year)}</body></html>`;
  return {
    url: url(material, "archive"),
    bytes: utf8(html),
    mustContain: body,
    mustNotContain: others.map((story) => story.headline),
    title: lead.headline,
    author,
    date: isoDay(day),
  };
}

const DISTRACTOR_LEAD: Readonly<Record<string, string>> = {
  en: "The hearing is set for",
  de: "Die Anhörung ist für den",
  fr: "L'audience est prévue le",
  es: "La audiencia está prevista para el",
  it: "L'udienza è prevista per il",
  pt: "A audiência está marcada para",
  nl: "De hoorzitting staat gepland op",
  ja: "公聴会の予定は",
  zh: "听证会定于",
};

/** No structured date: a long written date in the byline, in the page's language. */
export function writtenDateStory(material: Material): CaseBody {
  const { random } = material;
  const [lead] = material.draw(1);
  if (lead === undefined) throw new Error("corpus exhausted");
  const language = random.pick(WRITTEN_LANGUAGES);
  const day = randomDay(random, 2003, material.now.year - 1);
  const author = personName(lead, random);
  const sentences = articleSentences(material, 4, 6);
  const later = addDays(day, random.int(20, 300));
  const distractor = `${DISTRACTOR_LEAD[language] ?? ""} ${writtenDate(later, language, 1)}.`;
  const body = [...sentences.slice(0, 3), distractor, ...sentences.slice(3)];
  const written =
    language === "en" && random.chance(0.3)
      ? numericDate(day, true)
      : writtenDate(day, language, random.int(0, 1));
  const lang = language === "en" && random.chance(0.5) ? "en-US" : language;
  const html = `${head({ title: lead.headline, lang })}<body>${navigation(random)}<div class="container"><h1 class="entry-title">${escapeHtml(lead.headline)}</h1><p class="post-meta">${escapeHtml(author)} · <span class="date">${written}</span></p><div class="entry-content">${paragraphs(body)}</div></div>${footer(day.year)}</body></html>`;
  return {
    url: url(material, "written"),
    bytes: utf8(html),
    mustContain: body,
    mustNotContain: [],
    title: lead.headline,
    author,
    date: isoDay(day),
  };
}

/** Only a modification date exists: it stands in for the publication date. */
export function modifiedOnly(material: Material): CaseBody {
  const { random } = material;
  const [lead] = material.draw(1);
  if (lead === undefined) throw new Error("corpus exhausted");
  const day = randomDay(random, 1998, material.now.year - 1);
  const body = articleSentences(material, 3, 5);
  const jsonLd = random.chance(0.5)
    ? `<script type="application/ld+json">${JSON.stringify({ "@type": "Article", headline: lead.headline, dateModified: isoTime(day, random) })}</script>`
    : `<meta property="article:modified_time" content="${isoTime(day, random)}">`;
  const html = `${head({ title: lead.headline, lang: "en", extra: jsonLd })}<body>${navigation(random)}<article><h1>${escapeHtml(lead.headline)}</h1>${paragraphs(body)}</article>${footer(day.year)}</body></html>`;
  return {
    url: url(material, "modified"),
    bytes: utf8(html),
    mustContain: body,
    mustNotContain: [],
    date: isoDay(day),
  };
}

/** The article's own date is only in its byline text; teasers around it carry <time> elements. */
export function teaserTimes(material: Material): CaseBody {
  const { random } = material;
  const [lead] = material.draw(1);
  if (lead === undefined) throw new Error("corpus exhausted");
  const day = randomDay(random, 2005, material.now.year - 1);
  const body = articleSentences(material, 4, 6);
  const teasers = material.draw(3);
  const cards = teasers
    .map(
      (story) =>
        `<article class="card"><a href="/s/${random.int(1, 999)}"><h2>${escapeHtml(story.headline)}</h2></a><time datetime="${isoDay(randomDay(random, 2000, material.now.year - 1))}">${random.int(2, 9)} days ago</time></article>`,
    )
    .join("");
  const before = random.chance(0.5);
  const html = `${head({ title: lead.headline, lang: "en-GB" })}<body>${navigation(random)}<div class="layout">${before ? `<div class="strip">${cards}</div>` : ""}<div class="story"><h1>${escapeHtml(lead.headline)}</h1><p class="dateline">${writtenDate(day, "en", random.int(0, 1))}</p><div class="text">${paragraphs(body)}</div></div>${before ? "" : `<div class="strip">${cards}</div>`}</div>${footer(day.year)}</body></html>`;
  return {
    url: url(material, "teasers"),
    bytes: utf8(html),
    mustContain: body,
    mustNotContain: teasers.map((story) => story.headline),
    title: lead.headline,
    date: isoDay(day),
  };
}

function money(random: Random): string {
  return `${random.int(1, 950)}.${random.int(0, 9)}`;
}

/** Earnings tables and rate lists inside the article: short lines that are the story. */
export function tableStory(material: Material): CaseBody {
  const { random } = material;
  const [lead] = material.draw(1);
  if (lead === undefined) throw new Error("corpus exhausted");
  const intro = articleSentences(material, 1, 2);
  const companies = material
    .draw(random.int(3, 7))
    .map((story) => story.headline.split(" ").slice(0, 3).join(" "));
  const rows = companies.map((name) => [name, money(random), money(random), `${random.int(-20, 40)}%`]);
  const table = `<table class="data"><thead><tr><th>Company</th><th>Revenue</th><th>Profit</th><th>Change</th></tr></thead><tbody>${rows
    .map((cells) => `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
  const rates = ["Prime rate", "Discount rate", "Federal funds", "Treasury bills", "Mortgage, 30-year"]
    .filter(() => random.chance(0.7))
    .map((label) => `${label}: ${random.int(1, 12)}.${random.int(10, 99)}%`);
  const rateHtml = rates.map((line) => `<p>${line}</p>`).join("");
  const html = `${head({ title: lead.headline, lang: "en" })}<body>${navigation(random)}<div id="content"><h1>${escapeHtml(lead.headline)}</h1><div class="article-text">${paragraphs(intro)}${table}${rateHtml}</div></div><aside class="sidebar">${teaserList(material.draw(3), [], "popular")}</aside>${footer(2020)}</body></html>`;
  return {
    url: url(material, "tables"),
    bytes: utf8(html),
    mustContain: [...intro, ...rows.map((cells) => cells.join(" ")), ...rates],
    mustNotContain: [],
    title: lead.headline,
  };
}

/** The DOM body is an empty app shell; the text is in JSON-LD, a template script or JSON state. */
export function scriptBody(material: Material): CaseBody {
  const { random } = material;
  const [lead] = material.draw(1);
  if (lead === undefined) throw new Error("corpus exhausted");
  const body = articleSentences(material, 4, 7);
  const variant = random.int(0, 2);
  let extraHead = "";
  let script = "";
  if (variant === 0) {
    extraHead = `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: lead.headline, articleBody: body.join("\n\n") })}</script>`;
  } else if (variant === 1) {
    script = `<script type="text/template" id="article-tpl"><article><h1>${escapeHtml(lead.headline)}</h1>${paragraphs(body)}</article></script>`;
  } else {
    const state = {
      props: {
        pageProps: {
          article: { title: lead.headline, body: body.map((text) => ({ type: "paragraph", text })) },
        },
      },
    };
    script = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script>`;
  }
  const html = `${head({ title: lead.headline, lang: "en", extra: extraHead })}<body>${navigation(random)}<div id="root"><div class="loading">Loading…</div></div>${script}${footer(2021)}</body></html>`;
  return {
    url: url(material, "script"),
    bytes: utf8(html),
    mustContain: body,
    mustNotContain: [],
    title: lead.headline,
  };
}

/** No <body> (and often no </head>): browsers still show the text as the page. */
export function bodiless(material: Material): CaseBody {
  const { random } = material;
  const [lead] = material.draw(1);
  if (lead === undefined) throw new Error("corpus exhausted");
  const body = articleSentences(material, 3, 6);
  const start = random.chance(0.5) ? "<html><head>" : "";
  const html = `${start}<meta charset="utf-8"><title>${escapeHtml(lead.headline)}</title><meta name="description" content="x"><h1>${escapeHtml(lead.headline)}</h1>${paragraphs(body)}${random.chance(0.5) ? "</html>" : ""}`;
  return {
    url: url(material, "bodiless"),
    bytes: utf8(html),
    mustContain: body,
    mustNotContain: [],
    title: lead.headline,
  };
}

const WRAPPER_NAMES = [
  "article-main paywall-container",
  "col-main sidebar-right",
  "contentAds",
  "comment-section-wrap",
  "post share-bar-parent",
  "newsletter-signup-area story",
];

/** The whole article sits inside an ancestor whose name sounds like boilerplate. */
export function boilerplateAncestor(material: Material): CaseBody {
  const { random } = material;
  const [lead] = material.draw(1);
  if (lead === undefined) throw new Error("corpus exhausted");
  const body = articleSentences(material, 4, 7);
  const related = material.draw(4);
  const wrapper = random.pick(WRAPPER_NAMES);
  const html = `${head({ title: lead.headline, lang: "en" })}<body>${navigation(random)}<h1>${escapeHtml(lead.headline)}</h1><div class="${wrapper}"><div>${paragraphs(body)}</div></div><aside>${teaserList(related, [], "related")}</aside>${footer(2019)}</body></html>`;
  return {
    url: url(material, "wrapped"),
    bytes: utf8(html),
    mustContain: body,
    mustNotContain: related.map((story) => story.headline),
    title: lead.headline,
  };
}

/** Trailing furniture written as paragraphs inside the article container. */
export function polluted(material: Material): CaseBody {
  const { random } = material;
  const [lead] = material.draw(1);
  if (lead === undefined) throw new Error("corpus exhausted");
  const body = articleSentences(material, 4, 7);
  const author = personName(lead, random);
  const first = author.split(" ")[0] ?? author;
  const tails = [
    `Copyright ${random.int(2001, 2023)} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`,
    `© ${random.int(2001, 2023)} The Daily Ledger Media Group. All Rights Reserved.`,
    "Sign up for our daily newsletter to get the top stories delivered straight to your inbox every morning.",
    "Subscribe to our newsletter and never miss a story: the best of our reporting, every week in your inbox.",
    `${author} is a staff writer at The Daily Ledger covering ${lead.category.toLowerCase()}. Contact ${first} at ${first.toLowerCase()}@example.org or follow on X.`,
    "Have a news tip? Contact our newsroom at tips@example.org or call 555-0100.",
    "Subscribe to continue reading. Get unlimited digital access to every story for just $1 a week. Already a subscriber? Log in.",
    "This article is for subscribers only. Start your free trial today to keep reading.",
  ];
  const chosen = tails.filter(() => random.chance(0.4));
  if (chosen.length === 0) chosen.push(random.pick(tails));
  const teasers = random.chance(0.5) ? material.draw(3) : [];
  const teaserHtml =
    teasers.length === 0
      ? ""
      : `<p><strong>Read more:</strong></p><ul>${teasers.map((story) => `<li><a href="/r/${random.int(1, 999)}">${escapeHtml(story.headline)}</a></li>`).join("")}</ul>`;
  const html = `${head({ title: lead.headline, lang: "en" })}<body>${navigation(random)}<article><h1>${escapeHtml(lead.headline)}</h1><div class="entry-content">${paragraphs(body)}${teaserHtml}${paragraphs(chosen)}</div></article>${footer(2022)}</body></html>`;
  return {
    url: url(material, "polluted"),
    bytes: utf8(html),
    mustContain: body,
    mustNotContain: [...chosen, ...teasers.map((story) => story.headline)],
    title: lead.headline,
  };
}

/** A real 15–40 word story, sometimes with a small table: short, but an article. */
export function wireBrief(material: Material): CaseBody {
  const { random } = material;
  const [lead] = material.draw(1);
  if (lead === undefined) throw new Error("corpus exhausted");
  const sentence = lead.sentence;
  const rows = random.chance(0.5)
    ? [
        ["Close", money(random)],
        ["Change", money(random)],
      ]
    : [];
  const table =
    rows.length === 0
      ? ""
      : `<table>${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("")}</table>`;
  const html = `${head({ title: lead.headline, lang: "en" })}<body>${navigation(random)}<div class="story"><h1>${escapeHtml(lead.headline)}</h1><p>${escapeHtml(sentence)}</p>${table}</div><aside>${teaserList(material.draw(5), [], "latest")}</aside>${footer(2020)}</body></html>`;
  return {
    url: url(material, "brief"),
    bytes: utf8(html),
    mustContain: [sentence, ...rows.map((cells) => cells.join(" "))],
    mustNotContain: [],
    title: lead.headline,
  };
}

/** Random bytes, sometimes behind a real binary signature: not a page at all. */
export function binary(material: Material): CaseBody {
  const { random } = material;
  const size = random.int(20_000, 120_000);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = random.int(0, 255);
  const signature = random.pick(["", "%PDF-1.4\n", "\x89PNG\r\n\x1a\n", "PK\x03\x04"]);
  for (let i = 0; i < signature.length; i++) bytes[i] = signature.charCodeAt(i);
  return {
    url: url(material, "binary"),
    bytes,
    mustContain: [],
    mustNotContain: [],
    expectError: "not_html",
  };
}

export const BUILDERS: ReadonlyArray<readonly [SyntheticKind, (material: Material) => CaseBody, number]> = [
  ["archive", archive, 40],
  ["written-date", writtenDateStory, 45],
  ["modified-only", modifiedOnly, 15],
  ["teaser-times", teaserTimes, 15],
  ["table-story", tableStory, 20],
  ["script-body", scriptBody, 20],
  ["bodiless", bodiless, 15],
  ["boilerplate-ancestor", boilerplateAncestor, 20],
  ["polluted", polluted, 25],
  ["wire-brief", wireBrief, 20],
  ["binary", binary, 8],
];
