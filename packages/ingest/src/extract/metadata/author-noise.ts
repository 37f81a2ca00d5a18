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
  /\s+(?:fotos?|photos?|photography|bilder?|illustrations?|grafiken?|video|kamera|фото)\s*:.*$/iu;
/**
 * A credit that opens with a picture label, in any of the languages we read ("Foto: A",
 * "Фото: A", "写真：A", "사진=A"): it credits a photo, not the article.
 */
const MEDIA_CREDIT =
  /^(?:fotos?|photos?|photography|photographs?|bilder?|bildquelle|images?|picture|illustrations?|grafiken?|kamera|video|fotó|fotografia|fotografía|zdjęcie|фото|фотография|снимка|світлина|写真|사진|照片|图片|圖片|صورة)\s*(?:\/\s*[\p{L} ]+)?[:：=]/iu;

/** True for a credit of a photo or video rather than of the text ("Фото: Алексей Меринов"). */
export function isMediaCredit(value: string): boolean {
  return MEDIA_CREDIT.test(value.trim());
}
const HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_]+/gu;
const EMAIL = /\S+@\S+\.\p{L}{2,}/gu;

/** A credit with archive-link labels, staff suffixes, handles and e-mail addresses removed. */
export function withoutCreditNoise(value: string): string {
  if (isMediaCredit(value)) return "";
  let text = withoutCjkCreditParts(value)
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

/** Han, Kana and Hangul: scripts whose bylines glue roles and outlets to the name. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Chinese/Japanese titles written before the name: "記者林宸誼", "记者 王小明". */
const CJK_ROLE_BEFORE = /(?:記者|记者|特派員|特派员|通訊員|通讯员|撰稿人|編輯|编辑)\s*([^\s=／/|]+)/u;
/** Korean titles written after the name: "선수민 기자". */
const CJK_ROLE_AFTER = /([^\s=／/|]+)\s*(?:기자|특파원|객원기자)(?![\p{L}])/u;
/** "台北報導", "即時報導": where or how it was reported, not who. */
const CJK_REPORT = /(?:報導|报道|報道|綜合報導|综合报道)$/u;

/**
 * A CJK credit reduced to the name: "스포츠조선=선수민 기자" (outlet=name title), "聯合報
 * 記者林宸誼／即時報導" (outlet title+name／report type) and "上報快訊／范姜佳鈺" (outlet／name):
 * the name next to a reporter's title, else the part after the last separator.
 */
function withoutCjkCreditParts(value: string): string {
  if (!CJK.test(value)) return value;
  const titled = CJK_ROLE_BEFORE.exec(value)?.[1] ?? CJK_ROLE_AFTER.exec(value)?.[1];
  if (titled !== undefined) return titled;
  const parts = value
    .split(/[=／]/)
    .map((part) => part.trim())
    .filter((part) => part !== "" && !CJK_REPORT.test(part));
  return parts[parts.length - 1] ?? value;
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
