// From an article's text to the rows stored for its quotes: extract (@tidemark/quotes), give each
// speaker the role the article gives them anywhere, roll speakers up to tracked entities, classify
// them, and key each quote by its voice.
import { extractQuotes, type Speaker } from "@tidemark/quotes";
import { type EntityMatcher, matchEntity } from "./entities.ts";
import { isPronoun, type SpeakerKind, speakerKind } from "./speaker-kind.ts";

export interface QuoteRow {
  ordinal: number;
  start: number;
  end: number;
  text: string;
  speakerName: string | null;
  speakerRole: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  speakerKind: SpeakerKind;
  voiceKey: string | null;
  voiceLabel: string | null;
  entityThemeId: string | null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * The appositive after a person's first full mention ("Shou Chew, chief executive of ByteDance,
 * said…" → "chief executive of ByteDance"), so a quote attributed to "he" later still knows the
 * speaker's role.
 */
export function appositiveRole(text: string, name: string): string | null {
  if (!name.includes(" ")) return null;
  const match = new RegExp(`${escapeRegExp(name)}, ((?:an? |the )?[^,.;:"“”]{3,80}?),`, "u").exec(text);
  const role = match?.[1]?.trim();
  // An appositive starts lower-case ("a professor", "chief executive"), or is a title phrase.
  return role && /^\p{Ll}/u.test(role) ? role.replace(/^(an?|the) /u, "") : null;
}

/** Normalised name for grouping speakers not tied to an entity. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^(the|a|an) /u, "")
    .replace(/\s+/gu, " ")
    .trim();
}

export function quoteRows(text: string, matchers: readonly EntityMatcher[]): QuoteRow[] {
  const quotes = extractQuotes(text);
  // One role per speaker name in this article: the first the text gives.
  const roles = new Map<string, string>();
  for (const q of quotes) {
    const s = q.speaker;
    if (s && s.role !== null && s.role !== s.name && !roles.has(s.name)) roles.set(s.name, s.role);
  }
  const roleFor = (s: Speaker): string | null => {
    if (s.role !== null) return s.role;
    if (!roles.has(s.name)) {
      const found = appositiveRole(text, s.name);
      if (found) roles.set(s.name, found);
    }
    return roles.get(s.name) ?? null;
  };
  return quotes.map((q, ordinal) => {
    const s = q.speaker;
    const role = s ? roleFor(s) : null;
    const entity = s ? matchEntity(matchers, s.name, role) : null;
    const kind = speakerKind(s && { ...s, role: s.role === s.name ? s.role : role }, entity);
    let voiceKey: string | null = null;
    let voiceLabel: string | null = null;
    if (entity) {
      voiceKey = `entity:${entity.themeId}`;
      voiceLabel = entity.name;
    } else if (s && kind !== "unnamed") {
      voiceKey = `name:${nameKey(s.name)}`;
      voiceLabel = s.name;
    } else if (s && !isPronoun(s.name)) {
      voiceKey = `unnamed:${nameKey(s.name)}`;
      voiceLabel = s.name;
    }
    return {
      ordinal,
      start: q.start,
      end: q.end,
      text: q.text,
      speakerName: s?.name ?? null,
      speakerRole: role,
      speakerStart: s?.start ?? null,
      speakerEnd: s?.end ?? null,
      speakerKind: kind,
      voiceKey,
      voiceLabel,
      entityThemeId: entity?.themeId ?? null,
    };
  });
}
