// Script-rendered and paywalled pages ship an empty shell, or a teaser, in the DOM and the full text
// elsewhere in the document: JSON-LD articleBody, an HTML template in <script type="text/template">,
// or the app's JSON state (<script type="application/json">, __NEXT_DATA__). When one of those holds
// clearly more text than the DOM gave, its paragraphs are added to what the page did show.
import { elementsByTag, rawText } from "../dom/query.ts";
import type { ElementNode, ParsedDocument } from "../dom/tree.ts";
import { type JsonLd, type JsonValue, stringProp } from "../metadata/jsonld.ts";
import { effectiveLength } from "../text/measure.ts";
import { jsonStateParagraphs } from "./json-state.ts";

/** Below this (effective) length the page's own text is treated as missing. */
const MISSING_TEXT = 250;
/** An embedded text must be this many times longer than the DOM's to replace a teaser. */
const TEASER_RATIO = 2;
/** DOM texts longer than this are articles: the embedded sources are not even parsed. */
const LOOK_BELOW = 2500;

export interface EmbeddedSources {
  readonly jsonLd: JsonLd;
  readonly doc: ParsedDocument;
  /** Main text of an HTML fragment (templates are extracted like pages). */
  readonly extractFragment: (html: string) => string;
}

export function withEmbeddedBody(text: string, sources: EmbeddedSources): string {
  const own = effectiveLength(text);
  if (own >= LOOK_BELOW) return text;
  // What a source must beat to be used; sources whose raw text cannot reach it are not parsed.
  const needed = own >= MISSING_TEXT ? own * TEASER_RATIO : 1;
  let best: string[] = [];
  let bestLength = 0;
  for (const read of [articleBody, templateBody, stateBody]) {
    const paragraphs = read(sources, Math.max(needed, bestLength + 1));
    const length = effectiveLength(paragraphs.join(" "));
    if (length > bestLength) {
      best = paragraphs;
      bestLength = length;
    }
  }
  if (bestLength === 0 || (own >= MISSING_TEXT && bestLength < own * TEASER_RATIO)) return text;
  // Keep what the page did show (often the standfirst), then the paragraphs it lacks.
  const missing = best.filter((paragraph) => !text.includes(paragraph));
  if (missing.length === 0) return text;
  return [text, ...missing].filter((part) => part !== "").join("\n\n");
}

function splitParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n|\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph !== "");
}

/**
 * Effective length counts a Han/Kana character three times (text/measure.ts): raw text shorter
 * than a third of the length needed cannot yield enough.
 */
function tooShort(raw: string, needed: number): boolean {
  return raw.length * 3 < needed;
}

function articleBody({ jsonLd, extractFragment }: EmbeddedSources, needed: number): string[] {
  const body = jsonLd.article === null ? null : stringProp(jsonLd.article, "articleBody");
  if (body === null || tooShort(body, needed)) return [];
  // Some CMSs put the body's HTML in articleBody: extract it like a page.
  if (/<\/?(?:p|div|br|a|span|h\d)\b/i.test(body)) return splitParagraphs(extractFragment(body));
  return splitParagraphs(body);
}

const TEMPLATE_TYPES = /^(?:text\/(?:template|x-template|html|x-handlebars-template|ng-template))$/i;

function templateBody({ doc, extractFragment }: EmbeddedSources, needed: number): string[] {
  let best = "";
  for (const script of elementsByTag(doc, "script")) {
    if (!TEMPLATE_TYPES.test(script.attrs.type?.trim() ?? "")) continue;
    const raw = rawText(script);
    if (tooShort(raw, needed)) continue;
    const text = extractFragment(raw);
    if (text.length > best.length) best = text;
  }
  return best === "" ? [] : best.split("\n\n");
}

function stateBody({ doc }: EmbeddedSources, needed: number): string[] {
  let best: string[] = [];
  for (const script of elementsByTag(doc, "script")) {
    if (!isJsonState(script)) continue;
    const raw = rawText(script);
    if (tooShort(raw, needed)) continue;
    const parsed = parseJson(raw);
    if (parsed === undefined) continue;
    const paragraphs = jsonStateParagraphs(parsed);
    if (paragraphs.join(" ").length > best.join(" ").length) best = paragraphs;
  }
  return best;
}

function isJsonState(script: ElementNode): boolean {
  const type = script.attrs.type?.toLowerCase().trim() ?? "";
  return type === "application/json" || script.attrs.id === "__NEXT_DATA__";
}

function parseJson(source: string): JsonValue | undefined {
  try {
    return JSON.parse(source) as JsonValue;
  } catch {
    // Not JSON after all (a config blob with comments, a truncated state): no text to take.
    return undefined;
  }
}
