// Paragraphs that close an article container without being the article: copyright lines,
// newsletter and subscription prompts, contact lines, author boxes and paywall prompts. They are
// written as prose, so block scoring keeps them; they are recognised by what they say and removed
// only from the container's edges (the tail, or the head for paywall/subscription prompts), never
// from the middle of the story.

import { rankedListCut } from "./ranked-list.ts";

/** Longer paragraphs are article prose even if they mention a newsletter. */
const MAX_FURNITURE_PROSE = 400;

const COPYRIGHT =
  /^\s*(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|may not be (?:re)?published|rewritten,? or redistributed/iu;
const SUBSCRIBE =
  /\b(?:sign up|subscribe|newsletter|in your inbox|to your inbox|abonnieren|abonnez-vous|inscrivez-vous|suscríbete|suscribirse|iscriviti|assine|inschrijven)\b/iu;
const CONTACT =
  /\b(?:contact (?:us|our newsroom|the newsroom|the author)|news ?tips?|email us|write to us|follow (?:us|him|her|them) on)\b|[\w.+-]+@[\w-]+\.[a-z]{2,}/iu;
const PAYWALL =
  /\b(?:continue reading|keep reading|to read (?:the|this) (?:full|whole|rest)|subscribers? only|for subscribers|already a subscriber|log ?in to (?:read|continue)|free trial|unlimited (?:digital )?access|weiterlesen mit|jetzt abonnieren|réservé aux abonnés|exclusivo para suscriptores|riservato agli abbonati)\b/iu;
const AUTHOR_BOX =
  /^(?:\p{Lu}[\p{L}.'-]+\s){1,3}(?:is|was|ist|war|est|es|è|é|is een)\s(?:a|an|the|ein|eine|un|une|uno|una|um|uma|een)?\s?[^.]{0,100}\b(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|author|redakteur(?:in)?|journalistin|korrespondent(?:in)?|rédact(?:eur|rice)|periodista|giornalista|jornalista|redacteur|verslaggever)s?\b/iu;

// Calls to action: follow our channel, get our app, support us, stay up to date, write to us.
const CALL_TO_ACTION =
  /\b(?:(?:canal|channel|kanal|chaîne)\b[^.!?]{0,40}\b(?:telegram|youtube|whatsapp|instagram|tiktok)|(?:telegram|youtube|whatsapp|instagram|tiktok)[^.!?]{0,20}\b(?:canal|channel|kanal|chaîne))\b|\b(?:download|get) (?:our|the) [\w ]{0,30}app\b|straight to your (?:phone|inbox)|\bstay (?:up-to-date|up to date|informed|in touch)\b|\bget the latest\b|\bletters? to the editor\b|\b(?:unterstütze|unterstützen sie|support|apoya|soutenez|sostieni) (?:uns|us|our|unser(?:e|en)?|nos|nuestro|notre)\b|\bunterstütze\s+\p{Lu}|\b(?:gefällt|gefallen) (?:dir|ihnen) unser|\bbezahlschranke\b|\bvorteile sichern\b|\bim abo\b|\be-paper\b|\bdoes not (?:offer|provide|constitute) (?:medical|legal|financial|investment) advice\b|\bnot (?:intended as|a substitute for) (?:medical|professional) advice\b/iu;

/** A pointer to the site's comment rules: "You can read more about our community policies here." */
const COMMENT_RULES =
  /\bour (?:community (?:policies|policy|guidelines|standards|rules)|comment(?:ing)? (?:policy|policies|guidelines|rules))\b|\bunsere[rn]? (?:netiquette|kommentarregeln|diskussionsregeln|community-richtlinien)\b/iu;
/** A reprint notice that some sites print above the story: "This copy is for your personal, non-commercial use only." */
const USAGE_NOTICE = /\bfor your personal,? non-?commercial use only\b|\bpresentation-ready copies\b/iu;

export function isClosingFurniture(text: string): boolean {
  if (text.length > MAX_FURNITURE_PROSE) return false;
  return (
    COPYRIGHT.test(text) ||
    SUBSCRIBE.test(text) ||
    CONTACT.test(text) ||
    PAYWALL.test(text) ||
    AUTHOR_BOX.test(text) ||
    CALL_TO_ACTION.test(text) ||
    COMMENT_RULES.test(text) ||
    USAGE_NOTICE.test(text)
  );
}

/** How many closing paragraphs count as the article's tail, where furniture is looked for. */
const TAIL = 3;
/** A short line ending in a colon: a label whose list or box was removed ("Sources:"). */
const LABEL = /^[^.!?。！？]{1,40}[:：]$/u;

/** Unambiguous furniture, removed anywhere in the tail (not only as the very last paragraphs). */
function isTailFurniture(text: string): boolean {
  return (
    (text.length <= MAX_FURNITURE_PROSE &&
      (CALL_TO_ACTION.test(text) ||
        COPYRIGHT.test(text) ||
        PAYWALL.test(text) ||
        COMMENT_RULES.test(text))) ||
    opensWithCallToAction(text)
  );
}

/** A pitch's opening sentence may stand alone: "Like our magazine? …" before a long appeal. */
const OPENING_SENTENCE = /^[^.!?]{1,160}[.!?]/u;

/** A long appeal whose first sentence is a call to action ("Support our journalism. …"). */
function opensWithCallToAction(text: string): boolean {
  const opening = OPENING_SENTENCE.exec(text)?.[0];
  return opening !== undefined && CALL_TO_ACTION.test(opening);
}

/** Drops furniture paragraphs from the end of the article, and paywall prompts from its start. */
export function trimFurniture(paragraphs: readonly string[]): string[] {
  // Within the tail, furniture goes wherever it sits (a newsletter box before a copyright line);
  // then labels left dangling at the very end ("The latest", "Sources:") go too.
  const tailStart = Math.max(1, paragraphs.length - TAIL);
  const kept = closingSectionCut(paragraphs).filter(
    (paragraph, index) => index < tailStart || !isTailFurniture(paragraph),
  );
  let end = kept.length;
  while (end > 1 && (isClosingFurniture(kept[end - 1] ?? "") || LABEL.test(kept[end - 1] ?? ""))) end--;
  let start = 0;
  while (start < end && isPromptLine(kept[start] ?? "")) start++;
  // Never trim an article down to nothing: then the "furniture" was the text.
  // A ranked teaser list ("Most read: 1 … 2 … 3 …") left at the end goes after the furniture.
  return start >= end ? [...paragraphs] : [...rankedListCut(kept.slice(start, end))];
}

/** How far from the end a closing section (support box, subscription block) may start. */
const CLOSING_SECTION = 8;
/** …and at most this share of the text may follow its first line: the story is what comes before. */
const CLOSING_SHARE = 0.3;

/**
 * A page's closing section: from an unambiguous furniture paragraph (support us, stay up to date,
 * copyright, paywall) among the last eight, everything after it is the same box — its pitch, its
 * sign-up lines, its buttons — provided the story before it is at least 70 % of the text.
 */
function closingSectionCut(paragraphs: readonly string[]): readonly string[] {
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  let after = 0;
  let cut = -1;
  for (let i = paragraphs.length - 1; i >= Math.max(1, paragraphs.length - CLOSING_SECTION); i--) {
    const paragraph = paragraphs[i] ?? "";
    after += paragraph.length;
    if (after > total * CLOSING_SHARE) break;
    if (isTailFurniture(paragraph)) cut = i;
  }
  return cut < 0 ? paragraphs : paragraphs.slice(0, cut);
}

/** Lines that may open the text without being the article: paywall prompts, reprint notices. */
function isPromptLine(text: string): boolean {
  return text.length <= MAX_FURNITURE_PROSE && (PAYWALL.test(text) || USAGE_NOTICE.test(text));
}
