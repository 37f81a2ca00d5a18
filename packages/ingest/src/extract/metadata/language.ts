// Page language: what the page declares (html lang, Content-Language, og:locale), checked
// against the writing system of the text; a detection from the text when nothing is declared.
import { firstByTag } from "../dom/query.ts";
import type { ParsedDocument } from "../dom/tree.ts";
import { detectLanguage } from "../text/detect-language.ts";
import { firstMeta, type MetaTags } from "./meta-tags.ts";

export interface LanguageInfo {
  /** BCP 47 primary subtag, lowercase. */
  readonly language: string | null;
  /** Region subtag when declared ("US" in en-US), for reading numeric dates. */
  readonly region: string | null;
}

/** Languages whose script alone identifies them: a declaration contradicting the text loses. */
const SCRIPT_LANGUAGES = new Set([
  "ja",
  "ko",
  "zh",
  "th",
  "el",
  "he",
  "hi",
  "ar",
  "fa",
  "ur",
  "ru",
  "uk",
  "sr",
]);

export function extractLanguage(doc: ParsedDocument, meta: MetaTags, text: string): LanguageInfo {
  const declared = declaredTag(doc, meta);
  if (declared === null) return { language: detectLanguage(text), region: null };
  const [primary = "", region] = declared.split(/[-_]/);
  const language = primary.toLowerCase();
  // A declared Latin-script language is contradicted only by another writing system.
  const detected = detectLanguage(text, { scriptOnly: !SCRIPT_LANGUAGES.has(language) });
  // Han characters are shared by zh/ja/ko text, so those never contradict each other.
  const cjk = (code: string): boolean => code === "zh" || code === "ja" || code === "ko";
  const contradicted =
    detected !== null &&
    detected !== language &&
    (SCRIPT_LANGUAGES.has(detected) || SCRIPT_LANGUAGES.has(language)) &&
    !(cjk(detected) && cjk(language));
  if (contradicted) return { language: detected, region: null };
  return { language, region: region === undefined ? null : region.toUpperCase() };
}

function declaredTag(doc: ParsedDocument, meta: MetaTags): string | null {
  const candidates = [
    firstByTag(doc, "html")?.attrs.lang,
    firstByTag(doc, "html")?.attrs["xml:lang"],
    firstMeta(meta, ["content-language", "language", "dc.language", "dcterms.language"])?.split(",")[0],
    firstMeta(meta, ["og:locale"]),
  ];
  for (const candidate of candidates) {
    const tag = candidate?.trim();
    if (tag !== undefined && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(tag) && !/^(?:x|i)-/i.test(tag))
      return tag;
  }
  return null;
}
