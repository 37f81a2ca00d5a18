// Authors, from the most to the least structured source: JSON-LD author, <meta> author tags,
// rel=author / itemprop=author markup, then byline-labelled elements. The first source that
// yields a plausible name wins; names are split ("A and B"), cleaned ("By A") and de-duplicated.
import { htmlToText } from "../../sources/shared/html-to-text.ts";
import { nameTokens } from "../content/hints.ts";
import { findTextDates } from "../dates/text-patterns.ts";
import { type DocumentOrder, scanElements, subtreeElements } from "../dom/order.ts";
import { elementsByTag, firstByTag, shortTextOf, textOf, walkElements } from "../dom/query.ts";
import type { ElementNode, ParsedDocument } from "../dom/tree.ts";
import { comparable } from "../text/normalize.ts";
import { isCommentArea, isMediaCredit, withoutContactLinks, withoutCreditNoise } from "./author-noise.ts";
import { authorLinkNames, firstEntryOnly, isOtherEntry, metaCredits } from "./author-sources.ts";
import { isJsonObject, type JsonLd, type JsonObject, type JsonValue, stringProp, typesOf } from "./jsonld.ts";

const META_KEYS = [
  "author",
  "article:author",
  "parsely-author",
  "sailthru.author",
  "dc.creator",
  "dcterms.creator",
  "citation_author",
  "byl",
  "og:article:author",
];
// A byline-named element, with any prefix ("blog-author", "date-author", "c-byline") and only
// name-like suffixes ("author-name", not "author-bio" or "author-box").
const BYLINE_NAME =
  /(?:^|[-_])(?:byline|by-line|author|autor|auteur|autore|writer|posted-by|authorname|verfasser)(?:$|[-_]{1,2}(?:name|link|text|wrapper|info|names|list)?$)/;
const LEADING_LABEL =
  /^(?:by|von|from|por|par|di|da|door|av|af|przez|autor(?:in)?|author|auteur|autore|written by|posted by|geschrieben von|text|texto|redacción|escrito por|publié par|scritto da)\s*[:|-]?\s+/i;
// Only unambiguous separators: "y"/"e"/"i" also occur inside names ("Ortega y Gasset").
const SPLIT = /\s*(?:,|;|&|\||\band\b|\bund\b|\bet\b|\boch\b|\bog\b|\s\/\s|·)\s*/i;
const MAX_NAME_LENGTH = 60;

export interface Authors {
  readonly authors: string[];
  readonly byline: string | null;
}

/** What marks the page's own entry: its content container and its headline. */
interface OwnEntry {
  readonly container: ElementNode | null;
  readonly headline: ElementNode | null;
}

/** One credit as a source gives it: a name or a list of names, and whether it names an organisation. */
interface Credit {
  readonly value: string;
  readonly organisation: boolean;
}

export function extractAuthors(
  doc: ParsedDocument,
  order: DocumentOrder,
  jsonLd: JsonLd,
  site: {
    readonly name: string | null;
    readonly hostname: string | null;
    readonly language: string | null;
    /** The article's container: its opening and closing lines may credit the author. */
    readonly container: ElementNode | null;
    /** The article's extracted text (its first and last lines may credit the author). */
    readonly text: string;
  },
): Authors {
  // One <meta> key at a time: "author" and "article:author" are two credits, not one list.
  const metaValues = metaCredits(doc, META_KEYS);
  const own: OwnEntry = { container: site.container, headline: firstByTag(doc, "h1") };
  const sources: Array<() => Credit[]> = [
    () => jsonLdAuthors(jsonLd),
    ...metaValues.map((values) => () => credits(values)),
    () => credits(markupAuthors(doc, order)),
    () => credits(bylineAuthors(order, own)),
    () => credits(datelineAuthors(doc, order, own)),
    () => credits(articleBylineAuthors(order, own, site.text)),
    () => credits(authorLinkNames(doc, order, site.container, (text) => cleanNames([text]).length === 1)),
  ];
  const siteKeys = [site.name, site.hostname?.replace(/^www\./, "").split(".")[0] ?? null]
    .filter((value): value is string => value !== null)
    .map(comparable)
    .filter((key) => key.length > 2);
  // The publication (or another organisation) named as author is a last resort, after every
  // person-level source.
  let publication: Authors | null = null;
  for (const read of sources) {
    const raw = read();
    const cleaned = cleanNames(raw.map((credit) => credit.value));
    const names = withoutAgencyCredit(cleaned);
    if (names.length === 0) continue;
    const organisations = new Set(
      cleanNames(raw.filter((credit) => credit.organisation).map((credit) => credit.value)),
    );
    const isPublication = (name: string): boolean => {
      const key = comparable(name);
      return organisations.has(name) || siteKeys.some((site) => key.includes(site) || site.includes(key));
    };
    const found = {
      authors: names,
      byline:
        (names.length === cleaned.length ? asWritten(raw, names) : null) ??
        writtenInMeta(metaValues.flat(), names) ??
        joinNames(names, site.language),
    };
    if (names.every(isPublication)) {
      publication ??= found;
      continue;
    }
    // "Kate Sullivan, CNN", "A, B | USA TODAY": the byline stays as written, the outlet is no author.
    return { ...found, authors: withoutOutlets(names, isPublication) };
  }
  return publication ?? publicationCredit(site.name) ?? { authors: [], byline: null };
}

/** An outlet's short name or a titled one: "CNN", "KUT", "The Washington Post". */
const OUTLET_SHAPE = /^(?:\p{Lu}{2,5}|[Tt]he\s+\p{Lu}.*)$/u;

/**
 * Names after the first that name an outlet (the publication, an organisation, an acronym such
 * as "CNN", a name starting "The") are dropped; the first name always stays. A logotype in
 * capitals ("USA TODAY") stays: it cannot be told from a name written in capitals.
 */
function withoutOutlets(names: readonly string[], isPublication: (name: string) => boolean): string[] {
  return names.filter(
    (name, index) =>
      index === 0 || !(isPublication(name) || OUTLET_SHAPE.test(name) || ORGANISATION.test(name)),
  );
}

/**
 * The page credits no one: the byline is the publication it declares (og:site_name, JSON-LD
 * publisher). A host name given as site name ("www.example.de") becomes
 * its name label ("Example").
 */
function publicationCredit(siteName: string | null): Authors | null {
  if (siteName === null) return null;
  const trimmed = siteName.trim().replace(/^www\./i, "");
  const host = /^([\p{L}\p{N}-]+)(?:\.[\p{L}\p{N}-]{2,})+$/u.exec(trimmed)?.[1];
  const name =
    host === undefined
      ? trimmed
      : host === host.toLowerCase()
        ? host.charAt(0).toUpperCase() + host.slice(1)
        : host;
  const [clean] = cleanNames([name], true);
  // Only the byline: no person is named, so `authors` stays empty and a feed's byline can fill it.
  return clean === undefined || clean !== name ? null : { authors: [], byline: clean };
}

function credits(values: readonly string[]): Credit[] {
  return values.map((value) => ({ value, organisation: ORGANISATION.test(value.trim()) }));
}

// Legal forms and publication nouns: an organisation, not a person ("Bund der … e.V.", "… GmbH",
// "L-MAG – Das Magazin für …").
const ORGANISATION =
  /\be\.\s?V\.?$|\b(?:GmbH|gGmbH|AG|KG|SE|Inc\.?|Ltd\.?|LLC|PLC|S\.A\.|S\.L\.|B\.V\.)$|\b(?:Stiftung|Verlag|Verein|Magazin|Zeitung|Zeitschrift|Foundation|Magazine|Newspaper)\b/u;

/**
 * A byline as the page writes it ("A, B", "A und B"), when one credit string holds every name and
 * nothing was dropped from it; null otherwise (then the names are joined).
 */
function asWritten(raw: readonly Credit[], names: readonly string[]): string | null {
  const values = [...new Set(raw.map((credit) => credit.value.trim()))];
  const [first] = values;
  if (values.length !== 1 || first === undefined) return null;
  const only = withoutCreditNoise(first);
  // "A,B" is a machine-joined list, not a byline as written: join the names instead.
  if (/,\S/.test(only)) return null;
  const parts = only
    .replace(LEADING_LABEL, "")
    .split(SPLIT)
    .filter((part) => part.trim() !== "");
  if (parts.length !== names.length) return null;
  // Each part must be its name as cleaned: "Jane Doe Staff Writer" is not a byline as written…
  const tidy = (part: string): string =>
    part
      .replace(LEADING_LABEL, "")
      .replace(/\s+/g, " ")
      .replace(/^[\s\-–—:|,]+|[\s\-–—:|,]+$/g, "");
  // …but an outlet written after the last name stays ("A and B for The Daily"): that is the byline.
  const isWritten = (part: string, name: string | undefined): boolean =>
    tidy(part) === name || tidy(part).replace(TRAILING_OUTLET, "") === name;
  if (parts.some((part, index) => !isWritten(part, names[index]))) return null;
  const text = only
    .replace(LEADING_LABEL, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s\-–—:|,]+|[\s\-–—:|,]+$/g, "");
  return text.length <= MAX_NAME_LENGTH * names.length ? text : null;
}

/** The page's own <meta> spelling of exactly these names ("A, B" where JSON-LD lists [A, B]). */
function writtenInMeta(values: readonly string[], names: readonly string[]): string | null {
  if (names.length < 2) return null;
  const wanted = names.map((name) => name.toLowerCase()).join("\n");
  for (const value of values) {
    const cleaned = cleanNames([value]);
    if (cleaned.map((name) => name.toLowerCase()).join("\n") !== wanted) continue;
    const written = asWritten([{ value, organisation: false }], cleaned);
    if (written !== null) return written;
  }
  return null;
}

const ORGANISATION_TYPE = /organization|organisation|corporation|newsmedia|ngo|governmentorganization/i;

/**
 * JSON-LD `author`, or `creator` when it names a person where `author` names only organisations
 * (a Q&A page: the company as author, the asker as creator).
 */
function jsonLdAuthors(jsonLd: JsonLd): Credit[] {
  const author = jsonLd.article?.author;
  const creator = jsonLd.article?.creator;
  const authors = author === undefined ? [] : creditsFromJson(author, jsonLd);
  if (authors.some((credit) => !credit.organisation)) return authors;
  const creators = creator === undefined ? [] : creditsFromJson(creator, jsonLd);
  return creators.some((credit) => !credit.organisation) ? creators : authors;
}

function creditsFromJson(value: JsonValue, jsonLd: JsonLd): Credit[] {
  if (typeof value === "string") {
    const name = /[<&]/.test(value) ? htmlToText(value) : value;
    return [{ value: name, organisation: ORGANISATION.test(name.trim()) }];
  }
  if (Array.isArray(value)) return value.flatMap((entry) => creditsFromJson(entry, jsonLd));
  if (!isJsonObject(value)) return [];
  // A reference ({"@id": "…#/schema/person/…"}) to a person described elsewhere in the graph.
  const id = value["@id"];
  const target =
    stringProp(value, "name") === null && typeof id === "string"
      ? (jsonLd.objects.find((object) => object["@id"] === id && object !== value) ?? value)
      : value;
  const written = stringProp(target, "name") ?? givenAndFamilyName(target);
  if (written === null) return [];
  // JSON-LD is often written HTML-escaped ("H&#233;ctor"): names are display text.
  const name = /[<&]/.test(written) ? htmlToText(written) : written;
  return [{ value: name, organisation: typesOf(target).some((type) => ORGANISATION_TYPE.test(type)) }];
}

/** A Person described by parts only: {"givenName": "Jane", "familyName": "Doe"}. */
function givenAndFamilyName(person: JsonObject): string | null {
  const parts = [stringProp(person, "givenName"), stringProp(person, "familyName")];
  const present = parts.filter((part): part is string => part !== null);
  return present.length === 0 ? null : present.join(" ");
}

/** <a rel="author">, [itemprop=author] (its itemprop=name when present). */
function markupAuthors(doc: ParsedDocument, order: DocumentOrder): string[] {
  const links = elementsByTag(doc, "a").filter((link) =>
    link.attrs.rel?.toLowerCase().split(/\s+/).includes("author"),
  );
  if (links.length > 0) return firstEntryOnly(links).map((link) => textOf(link));
  const credited: ElementNode[] = [];
  scanElements(order, (element) => {
    if (element.attrs.itemprop?.toLowerCase() !== "author") return "descend";
    credited.push(element);
    return "skip";
  });
  return firstEntryOnly(credited).flatMap((element) => {
    if (element.tag === "meta" || element.tag === "link") return element.attrs.content ?? [];
    return [itempropName(element) ?? textOf(element)];
  });
}

function itempropName(element: ElementNode): string | null {
  let found: string | null = null;
  walkElements(element, (child) => {
    if (found === null && child.attrs.itemprop?.toLowerCase() === "name") {
      found = child.attrs.content ?? textOf(child);
    }
    return found === null ? undefined : false;
  });
  return found;
}

/** Short text in elements labelled byline/author (not author bios or boxes). */
function bylineAuthors(order: DocumentOrder, own: OwnEntry): string[] {
  let found: string[] = [];
  scanElements(order, (element) => {
    if (isCommentArea(nameTokens(element)) || isOtherEntry(order, element, own)) return "skip";
    if (!isBylineNamed(element)) return "descend";
    const raw = shortTextOf(element, 120);
    if (raw === null || raw === "") return "skip";
    const text = withoutLabel(withoutContactLinks(element, raw));
    const name = beforeDate(afterByLabel(spaceAfterBy(text)));
    // A label ("Published on", "By") in a byline-named element: keep looking.
    if (cleanNames([name]).length === 0) return "skip";
    found = [name];
    return "stop";
  });
  return found;
}

/**
 * A byline element's text without a short label that ends in a colon, in any language
 * ("Autor: A", "Автор: A", "質問者：A"); a picture credit ("Foto: A") keeps its label and is
 * refused as a whole later.
 */
function withoutLabel(text: string): string {
  const label = /^([^:：\d]{1,24})[:：]\s*(?=\S)/u.exec(text);
  if (label?.[1] === undefined || label[1].trim().split(/\s+/).length > 3) return text;
  // "Jane Doe Updated: May 3" is a name before a date label, not a label before a name.
  if (DATE_LABEL_WORDS.test(label[1]) || isMediaCredit(text)) return text;
  const rest = text.slice(label[0].length);
  return findTextDates(rest)[0]?.index === 0 ? text : rest;
}

function isBylineNamed(element: ElementNode): boolean {
  const testId = element.attrs["data-testid"]?.toLowerCase();
  if (testId !== undefined && BYLINE_NAME.test(testId) && !MEDIA_CREDIT_NAME.test(testId)) return true;
  return nameTokens(element).some((token) => BYLINE_NAME.test(token) && !MEDIA_CREDIT_NAME.test(token));
}

/** "picture-author", "image__author", "photo-byline": the credit of a picture, not of the article. */
const MEDIA_CREDIT_NAME =
  /(?:^|[-_])(?:picture|pic|photo|image|img|media|caption|figure|video|gallery|illustration)[-_]{1,2}(?:[a-z]+[-_]{1,2})?(?:byline|author|autor|auteur|writer)/;

/** Date/meta lines hold "Name · 12 May 2021" or "04.02.2022 | 13:10 Uhr | Name". */
const DATELINE_NAME = /date|meta|info|dateline|subline/;
const DATELINE_PARTS = /\s+[|·•–—]\s+|,\s+/;
const PERSON =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:von|van|de|da|del|der|di|le|la|zu)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** A personal name next to the date in a short date/meta line of the page. */
function datelineAuthors(doc: ParsedDocument, order: DocumentOrder, own: OwnEntry): string[] {
  const besideHeadline = headlineNeighbours(doc);
  let found: string[] = [];
  scanElements(order, (element) => {
    const tokens = nameTokens(element);
    if (isCommentArea(tokens) || isOtherEntry(order, element, own)) return "skip";
    if (!tokens.some((token) => DATELINE_NAME.test(token)) && !besideHeadline.has(element)) return "descend";
    const text = shortTextOf(element, 120);
    if (text === null) return "descend";
    if (findTextDates(text).length === 0) return "skip";
    // "Von R. R. am 26. Februar 2014": after a "By" label, the name ends where "on <date>" starts.
    const parts = text.split(DATELINE_PARTS).map((part) => {
      const unlabelled = part.replace(LEADING_LABEL, "");
      return (unlabelled === part ? part : unlabelled.replace(AFTER_NAMES, "")).trim();
    });
    const names = parts.filter(
      (part) => PERSON.test(part) && !/\d/.test(part) && findTextDates(part).length === 0,
    );
    if (names.length !== 1 || names[0] === undefined || MONTH_WORDS.test(names[0])) return "skip";
    found = [names[0]];
    return "stop";
  });
  return found;
}

/**
 * The elements standing right before or after an <h1> (no class needed): the headline's own
 * date/author line ("04.02.2022 | 13:10 Uhr | Uta Helkenberg" above the headline).
 */
function headlineNeighbours(doc: ParsedDocument): Set<ElementNode> {
  const neighbours = new Set<ElementNode>();
  // One pass over each parent's children, however many <h1>s share it.
  const parents = new Set(elementsByTag(doc, "h1").map((h1) => h1.parent));
  for (const parent of parents) {
    let previous: ElementNode | null = null;
    for (const child of parent?.children ?? []) {
      if (child.kind !== "element") continue;
      if (previous !== null && (previous.tag === "h1") !== (child.tag === "h1"))
        neighbours.add(previous.tag === "h1" ? child : previous);
      previous = child;
    }
  }
  return neighbours;
}

/** A line that credits the author: "Von Jane Doe", "Text von Jane Doe", "Autorin: Jane Doe, Projektleiterin". */
const BYLINE_LINE_LABEL =
  /^(?:by|von|text(?:\s+von)?|autor(?:in)?|author|written by|geschrieben von|por|par|di|door|texte?)\s*:?\s+/i;
const BYLINE_LINE_NAME =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:von|van|de|da|del|der|di|le|la|zu)\s+)?\p{Lu}[\p{L}'’.-]+){1,3})\s*(?:[,|•·(–—]|$)/u;
/** A second credit in the same line ("Text von A   Illustration von B"): not the author's. */
const OTHER_CREDIT =
  /\s+(?:illustrations?|fotos?|photos?|photography|bilder?|pictures?|grafiken?|images?|video|kamera|mitarbeit)\s*(?:von|by|:).*$/iu;
/** Lines at each end of the article searched for such a credit. */
const BYLINE_LINES = 8;

/** A personal name credited in a short line at the start or the end of the article. */
function articleBylineAuthors(order: DocumentOrder, own: OwnEntry, text: string): string[] {
  const lines: string[] = [];
  // Past the end of a teaser card's subtree, lines are the article's again.
  let otherEntryEnd = -1;
  for (const element of own.container === null ? [] : subtreeElements(order, own.container)) {
    const at = order.position.get(element) ?? 0;
    if (at < otherEntryEnd) continue;
    if (isOtherEntry(order, element, own)) {
      otherEntryEnd = order.subtreeEnd[at] ?? at + 1;
      continue;
    }
    if (!element.children.some((child) => child.kind === "text" && child.value.trim() !== "")) continue;
    const line = shortTextOf(element, 100);
    if (line !== null && line !== "") lines.push(line);
  }
  // The extracted text's own first and last lines: the container may run on past the article.
  const textLines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && line.length <= 100);
  const ends = [
    ...lines.slice(0, BYLINE_LINES),
    ...lines.slice(-BYLINE_LINES),
    ...textLines.slice(0, BYLINE_LINES),
    ...textLines.slice(-BYLINE_LINES),
  ];
  for (const line of ends) {
    const label = BYLINE_LINE_LABEL.exec(line);
    const name =
      label === null
        ? undefined
        : BYLINE_LINE_NAME.exec(line.slice(label[0].length).replace(OTHER_CREDIT, ""))?.[1];
    if (name !== undefined && !MONTH_WORDS.test(name)) return [name];
  }
  return [];
}

/** Weekday or month words that can look like a capitalised name pair ("Friday, December"). */
const MONTH_WORDS =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember)\b/i;

const BY_LABEL = /(?:^|\s)(?:by|von|por|par|di|door|av|af|przez)\s+(.+)$/i;
const AFTER_NAMES = /\s(?:in|on|am|um|le|el|il|op|i|w|at)\s.*$|\s[|•·–—]\s.*$/i;

/**
 * A byline's text up to its date or date label ("By Jane Doe Thursday, May 9, 2023" -> "By Jane
 * Doe", "Par AFP publié le …" -> "Par AFP"), with a
 * "By" glued to the name by markup ("<span>By</span><a>Jane</a>") separated again.
 */
function beforeDate(text: string): string {
  const date = findTextDates(text)[0];
  let cut = date === undefined ? text : text.slice(0, date.index);
  // "Par AFP publié le 26/12/2020": the name ends where a publication label starts.
  const label = DATE_LABEL_WORDS.exec(cut);
  if (label !== null && label.index > 0) cut = cut.slice(0, label.index);
  return cut.replace(MONTH_WORDS_AT_END, "").trim() || text;
}

function spaceAfterBy(text: string): string {
  return text
    .replace(/^(by|von|por|par|door)(?=\p{Lu})/u, "$1 ")
    .replace(/^(By|Von|Por|Par|Door)(?=\p{Lu})/u, "$1 ");
}

const MONTH_WORDS_AT_END =
  /[\s,|·•–—-]*(?:(?<!\p{L})(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|updated|published|posted|on|am|le|el)[\s,.:|·•–—-]*)+$/iu;

/** "Posted on 3 May by Jane Doe in News | 2 comments" -> "Jane Doe". */
function afterByLabel(text: string): string {
  const match = BY_LABEL.exec(text);
  return match?.[1] === undefined ? text : match[1].replace(AFTER_NAMES, "");
}

/**
 * Names in credits, cleaned and validated. `allowDigits` is for a publication's declared name
 * ("News18", "Cork's 96FM"), where digits are part of the name rather than a date.
 */
function cleanNames(raw: readonly string[], allowDigits = false): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const value of raw) {
    for (const part of withoutCreditNoise(value).replace(LEADING_LABEL, "").split(SPLIT)) {
      const named = withoutCreditNoise(
        part
          .replace(LEADING_LABEL, "")
          .replace(/\s+/g, " ")
          .replace(/^[\s\-–—:|,]+|[\s\-–—:|,]+$/g, ""),
      );
      const name = withoutTrailingRole(undoubled(named));
      if (!looksLikeName(name, allowDigits) || isRole(name)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
  }
  return names.slice(0, 10);
}

/** "Kristen Falc'honKristen Falc'hon": a name printed twice by markup (screen and print copies). */
function undoubled(name: string): string {
  return /^(\p{L}.{2,}?)\s*\1$/u.exec(name)?.[1] ?? name;
}

// Word edges by letters of any script: `\b` is ASCII-only and misses "publié" at a text's end.
const DATE_LABEL_WORDS =
  /(?<![\p{L}\p{N}])(?:published|publiziert|veröffentlicht|posted|updated|aktualisiert|erstellt|publié|publiée|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?![\p{L}\p{N}])/iu;
const PLACEHOLDER = /^(?:no author|unknown|anonymous|n\/a|none|null|undefined|author|admin|administrator)$/i;

function looksLikeName(name: string, allowDigits = false): boolean {
  if (name.length < 2 || name.length > MAX_NAME_LENGTH || PLACEHOLDER.test(name)) return false;
  if (/^https?:|www\.|@|\.com\b|_/i.test(name)) return false;
  // A host name ("jungle.world", "example.co.uk") credits the site, not a person.
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]{2,})+$/u.test(name)) return false;
  // Dates and times glued to bylines ("12.03.2020", "5 min read") are not names, nor are labels.
  if ((!allowDigits && /\d/.test(name)) || DATE_LABEL_WORDS.test(name)) return false;
  // "asty//now": a path or handle fragment, not a name ("dpa/AFP" is a credit and stays).
  if (name.includes("//")) return false;
  return /\p{L}/u.test(name) && !hasLowercaseWord(name);
}

/** Lowercase words allowed inside a capitalised name ("Ludwig van Beethoven", "Ortega y Gasset")
 * or an organisation's ("Institut für Nachhaltigkeit"). */
const NAME_PARTICLES = new Set(
  "von vom zu zum zur van der den ten ter de del della delle degli dei des du da das do dos di la le el al bin ibn y e i af av och und and et für for of the pour para per".split(
    " ",
  ),
);

/**
 * A phrase of several words where a word of three letters or more starts in lowercase ("Olvasói
 * szavazás", "linksc Creating Search"): words of a sentence or a label, not a name. Names written
 * all in lowercase (handles, "uriebe") are one word; scripts without case are not concerned.
 */
function hasLowercaseWord(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  return words.some(
    (word) => /^\p{Ll}[\p{L}'’.-]{2,}$/u.test(word) && !NAME_PARTICLES.has(word.toLowerCase()),
  );
}

const AGENCY_NAMES =
  "(?:associated press|ap|reuters|afp|agence france-presse|dpa|apa|efe|ansa|upi|bloomberg|kna|epd|sda|keystone-sda|pa media|press association|xinhua|kyodo)";

// Job titles written next to names ("Jane Doe, Staff Writer", "Max Muster | Redakteur").
const ROLE_QUALIFIERS =
  "senior|chief|staff|special|contributing|associate|deputy|political|business|foreign|sports?|science|executive|managing|investigative|freelance|local|national|international|digital|news|video|photo|data|health|tech(?:nology)?|education|white house|washington|europe|china|economics?";
const ROLE_NOUNS =
  "writer|reporter|correspondent|editor|journalist|columnist|contributor|photographer|producer|analyst|intern|critic|redakteur(?:in)?|korrespondent(?:in)?|journalistin|autor(?:in)?|journaliste|rédact(?:eur|rice)|correspondant|periodista|corresponsal|redactor(?:a)?|giornalista|redattore|corrispondente|jornalista|correspondente|redacteur|verslaggever";
// "AP National Writer", "Reuters Correspondent": an agency's title for its reporter is a role too.
const ROLE_WORDS = new RegExp(
  `^(?:${AGENCY_NAMES}\\s+)?(?:(?:${ROLE_QUALIFIERS})\\s+)*(?:${ROLE_NOUNS})s?$|^editor[- ]at[- ]large$`,
  "iu",
);

// News agencies credited next to a reporter ("Jane Doe, Associated Press"): the reporter is the
// author; the agency is the source. Alone, an agency stays the author.
const AGENCY = new RegExp(`^(?:the )?${AGENCY_NAMES}$`, "i");

function withoutAgencyCredit(names: readonly string[]): string[] {
  const people = names.filter((name) => !AGENCY.test(name));
  return people.length > 0 ? people : [...names];
}

function isRole(name: string): boolean {
  return ROLE_WORDS.test(name.trim()) || AFFILIATION.test(name.trim());
}

/** "Special to The Times", "Exclusive to CNN": a credit's affiliation part, not a name. */
const AFFILIATION = /^(?:special|exclusive)\s+(?:to|for)\s/iu;
const TRAILING_ROLE = new RegExp(`\\s+(?:(?:${ROLE_QUALIFIERS})\\s+)*(?:${ROLE_NOUNS})s?$`, "iu");
const TRAILING_OUTLET = /\s+(?:[Ff]or|[Ff]ür|pour|para|per)\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’ -]*$/u;

/**
 * A name with its role or outlet written after it without a separator ("Jane Doe Staff Writer",
 * "Jane Doe for The Daily") loses them, when two words or more of name remain.
 */
function withoutTrailingRole(name: string): string {
  const match = TRAILING_ROLE.exec(name) ?? TRAILING_OUTLET.exec(name);
  if (match === null) return name;
  const rest = name.slice(0, match.index).trim();
  // "Letters To The Editor": the role noun ends a phrase, it does not follow a name.
  if (PHRASE_END.test(rest)) return name;
  return rest.split(/\s+/).length >= 2 ? rest : name;
}

/** A function word that cannot end a personal name ("… To The", "… of the"). */
const PHRASE_END =
  /(?<![\p{L}])(?:the|to|of|for|from|and|a|an|der|die|das|des|dem|den|für|vom|zum|zur|le|la|les|du|au|aux|el|los|las|al|il|lo|gli|del|della)$/iu;

/** The word for "and" in the page's language, for joining several names. */
const AND: Readonly<Record<string, string>> = {
  de: "und",
  fr: "et",
  es: "y",
  it: "e",
  pt: "e",
  nl: "en",
  sv: "och",
  da: "og",
  no: "og",
  pl: "i",
};

/** "A", "A and B", "A, B and C" (the conjunction in the page's language). */
function joinNames(names: readonly string[], language: string | null): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  const and = (language === null ? undefined : AND[language]) ?? "and";
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}
