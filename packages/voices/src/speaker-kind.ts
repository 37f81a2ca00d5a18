// What kind of speaker a quote has: a named person, an organisation speaking as itself ("the
// White House said", "ByteDance said"), or an unnamed one ("a Huawei spokesperson", "officials",
// an unresolved "he"). Decided from the extractor's name and role and, when the speaker is a
// tracked entity, that entity's kind.
import type { Speaker } from "@tidemark/quotes";

export type SpeakerKind = "person" | "organisation" | "unnamed";

/** Words that make a capitalised name an organisation rather than a person. */
const ORGANISATION_WORDS = new Set(
  (
    "house office department ministry ministries agency administration company corp corporation inc " +
    "ltd llc plc group bank council committee commission party union association university college " +
    "institute foundation court police government embassy campaign board authority service services " +
    "network news times post journal press council senate congress parliament army navy force forces " +
    "fund center centre organization organisation club league federation bureau team co airlines " +
    "motors systems technologies labs media"
  ).split(" "),
);

const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "you"]);

export function isPronoun(name: string): boolean {
  return PRONOUNS.has(name.trim().toLowerCase());
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Kind of a speaker; `entityKind` is the kind of the tracked entity it rolls up to, if any. */
export function speakerKind(
  speaker: Speaker | null,
  entity: { kind: "person" | "organisation"; matchedName: boolean } | null,
): SpeakerKind {
  if (!speaker) return "unnamed";
  const name = speaker.name.trim();
  // The extractor gives a description ("Huawei spokesperson", "company") as both name and role.
  const described = speaker.role !== null && speaker.role === speaker.name;
  const words = name.split(/\s+/u);
  if (isPronoun(name)) return "unnamed";
  if (entity?.matchedName && !described) return entity.kind;
  if (described || !words.every((w) => isCapitalised(w) || /^(of|the|for|and|de|van|von|al|bin)$/u.test(w)))
    return "unnamed";
  if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) return "organisation";
  // A single capitalised word that is not a tracked person ("Reuters", "Google") is more often an
  // organisation than a person: the extractor resolves a lone surname to the full name it follows.
  if (words.length === 1) return entity?.kind ?? "organisation";
  return "person";
}
