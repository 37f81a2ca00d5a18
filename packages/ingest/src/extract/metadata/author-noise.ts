// What sits next to an author's name in a credit but is not the name: link labels of author
// archives ("View all posts by", "Alle Artikel"), a "Staff" suffix, handles and e-mail addresses,
// and the text of social-profile links inside a byline element.
import { textOf, walkElements } from "../dom/query.ts";
import type { ElementNode } from "../dom/tree.ts";

/** "View all posts by A", "Alle Beiträge von A", "Alles von A", "More from A". */
const ARCHIVE_PREFIX =
  /^(?:(?:view|see|read|show|browse)\s+)?(?:all|more)\s+(?:posts|articles|stories|entries|contributions|columns)\s+(?:by|from|of)\s+|^(?:(?:zeige|alle)\s+)?(?:alle\s+)?(?:beiträge|artikel|texte)\s+(?:von|des autors|der autorin)\s+|^(?:alles|mehr)\s+von\s+|^more\s+(?:from|by)\s+|^(?:tous les articles|voir les articles)\s+(?:de|par)\s+|^(?:todos los artículos|más artículos)\s+de\s+/iu;
/** "A Alle Artikel", "A View all posts", "A Profile": the archive link's label after the name. */
const ARCHIVE_SUFFIX =
  /\s+(?:(?:(?:view|see|read|show)\s+)?(?:all|more)\s+(?:posts|articles|stories|entries)|alle\s+(?:beiträge|artikel|texte)|mehr\s+(?:artikel|beiträge)|(?:view\s+)?(?:full\s+)?profile|follow|folgen|suivre)$/iu;
/** "A PhillyVoice Staff", "A Staff": a staff label after a name of two words or more. */
const STAFF_SUFFIX = /^(\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*)+?)\s+(?:\p{L}[\p{L}.&'’-]*\s+)?staff$/iu;
/** "Interview: A", "Text: A" before the name; "Foto: B", "Photos: B" after it (another credit). */
const ROLE_PREFIX = /^(?:interview|text|texte|reportage|recherche|words)\s*:\s*/iu;
const OTHER_CREDIT_AFTER =
  /\s+(?:fotos?|photos?|photography|bilder?|illustrations?|grafiken?|video|kamera)\s*:.*$/iu;
const HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_]+/gu;
const EMAIL = /\S+@\S+\.\p{L}{2,}/gu;

/** A credit with archive-link labels, staff suffixes, handles and e-mail addresses removed. */
export function withoutCreditNoise(value: string): string {
  let text = value
    .replace(EMAIL, " ")
    .replace(HANDLE, " ")
    .replace(/\(\s*\)|\[\s*\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  text = text
    .replace(OTHER_CREDIT_AFTER, "")
    .replace(ROLE_PREFIX, "")
    .replace(ARCHIVE_PREFIX, "")
    .replace(ARCHIVE_SUFFIX, "");
  const staff = STAFF_SUFFIX.exec(text);
  return (staff?.[1] ?? text).trim();
}

const SOCIAL_HOST =
  /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|threads\.net|bsky\.app|mastodon\.social|tiktok\.com|youtube\.com|xing\.com)(?:[/?#]|$)/i;

function isContactLink(element: ElementNode): boolean {
  if (element.tag !== "a") return false;
  const href = element.attrs.href?.trim() ?? "";
  return href.toLowerCase().startsWith("mailto:") || SOCIAL_HOST.test(href);
}

/** A byline element's text without the text of its social-profile and mailto links. */
export function withoutContactLinks(element: ElementNode, text: string): string {
  let result = text;
  walkElements(element, (child) => {
    if (!isContactLink(child)) return undefined;
    const label = textOf(child);
    // Only a handle-like label is dropped: "<a href=twitter>Jane Doe</a>" is still her name.
    if (label !== "" && !/\s/.test(label.trim())) result = result.replace(label, " ");
    return false;
  });
  return result.replace(/\s+/g, " ").trim();
}

/** Comment threads and forms: their "author" elements name commenters, not the author. */
const COMMENT_AREA = /(?:^|[-_])(?:comments?|commentlist|respond|reply|replies|disqus)(?:$|[-_])/;

export function isCommentArea(tokens: readonly string[]): boolean {
  return tokens.some((token) => COMMENT_AREA.test(token));
}
