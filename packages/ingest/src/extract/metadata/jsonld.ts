// JSON-LD blocks, flattened. Pages nest the article in arrays, in @graph, or under mainEntity;
// we flatten all of those into one list of objects and pick the one that describes the page.
import { elementsByTag, rawText } from "../dom/query.ts";
import type { ParsedDocument } from "../dom/tree.ts";

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export interface JsonLd {
  /** Every typed object found, top-level first. */
  readonly objects: readonly JsonObject[];
  /** The object describing the article itself, if any. */
  readonly article: JsonObject | null;
}

const ARTICLE_TYPE = /article|posting|report|review|recipe|creativework|story|liveblog/i;
const PAGE_TYPE = /webpage|itempage|aboutpage|profilepage|qapage|collectionpage/i;

export function readJsonLd(doc: ParsedDocument): JsonLd {
  const objects: JsonObject[] = [];
  for (const script of elementsByTag(doc, "script")) {
    const type = script.attrs.type;
    if (type === undefined || !type.toLowerCase().includes("ld+json")) continue;
    const parsed = parseLenient(rawText(script));
    if (parsed !== undefined) flatten(parsed, objects, 0);
  }
  const article =
    objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPE.test(type))) ??
    objects.find((object) => typesOf(object).some((type) => PAGE_TYPE.test(type))) ??
    null;
  return { objects, article };
}

export function typesOf(object: JsonObject): string[] {
  const type = object["@type"];
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === "string");
  return [];
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string property, or the first string in an array property. */
export function stringProp(object: JsonObject, key: string): string | null {
  const value = object[key];
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    for (const entry of value) if (typeof entry === "string" && entry.trim() !== "") return entry.trim();
  }
  return null;
}

function flatten(value: JsonValue, out: JsonObject[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const entry of value) flatten(entry, out, depth + 1);
    return;
  }
  if (!isJsonObject(value)) return;
  if (value["@type"] !== undefined) out.push(value);
  const graph = value["@graph"];
  if (graph !== undefined) flatten(graph, out, depth + 1);
  const main = value.mainEntity;
  if (isJsonObject(main) && typesOf(main).some((type) => ARTICLE_TYPE.test(type)))
    flatten(main, out, depth + 1);
}

function parseLenient(source: string): JsonValue | undefined {
  const text = source
    .trim()
    .replace(/^<!--|-->$/g, "")
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, "");
  const first = tryParse(text);
  if (first !== undefined) return first;
  // Frequent CMS defects: raw newlines/tabs inside strings and trailing commas.
  return tryParse(text.replace(/\p{Cc}+/gu, " ").replace(/,\s*([}\]])/g, "$1"));
}

function tryParse(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    // Broken JSON-LD is common in the wild and carries no usable data: the caller moves on.
    return undefined;
  }
}
