// How a story's texts write its words: "Rhode Island" (a name, capitalised inside a sentence),
// "nuclear plant" (lowercase), "key Rhode" (mixed: a fragment across two phrases). Keys are
// lowercase, so the label recovers the written form and the kind of each key from here.
// Headlines in title case ("Ukraine Claws Back Some Territory") capitalise every word and say
// nothing about names, so a title counts only when it is written in sentence case.

/** A run of letters, marks and digits with its offsets. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Between the two words of a phrase: spaces, hyphens or an apostrophe ("Japan's Abe" aside). */
const JOINING = /^[\p{Zs}\t\-\u2010-\u2015]+$/u;
/** A sentence (or quote, heading) starts after these: its first word is capitalised anyway. */
const SENTENCE_BREAK = /[.!?:;"“”‘’()[\]\n|—–]\s*$|^\s*$/u;

export type Casing = "name" | "lower" | "mixed";

/** Positions of the head's lead words start after every title position. */
const LEAD_POSITIONS = 10_000;

interface WordEvidence {
  capitalised: number;
  lower: number;
  /** The most frequent capitalised spelling ("NASA", "Qualcomm"). */
  forms: Map<string, number>;
}

export interface CasingEvidence {
  /** The casing of a one- or two-word key as the texts write it, or null when they never do. */
  casing(term: string): Casing | null;
  /** The key as the texts write it ("nasa" → "NASA"), or the key itself. */
  written(term: string): string;
  /** Position of the key's first word in the head's title, then its lead, or Infinity. */
  firstSeen(term: string): number;
}

function fold(word: string): string {
  return word.normalize("NFKC").toLowerCase();
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A title in title case: most of its longer words capitalised. */
function isTitleCase(title: string): boolean {
  const words = (title.match(WORD) ?? []).filter((w) => w.length >= 4);
  if (words.length < 3) return true;
  return words.filter(isCapitalised).length / words.length >= 0.6;
}

/** A member's title and the start of its text. */
export interface StoryText {
  readonly title: string | null;
  readonly lead: string | null;
}

/** Reads casing from the story's texts (the head's first). */
export function casingEvidence(texts: readonly StoryText[]): CasingEvidence {
  const words = new Map<string, WordEvidence>();
  const pairs = new Map<string, { name: number; lower: number; mixed: number }>();
  const order = new Map<string, number>();
  const fields = texts.flatMap((t, index) => [
    { source: t.title, title: true, head: index === 0 },
    { source: t.lead, title: false, head: index === 0 },
  ]);
  for (const { source, title, head } of fields) {
    if (!source) continue;
    const tokens = [...source.matchAll(WORD)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
    // Word order of the head: its title's words first, then its lead's.
    const offset = order.size === 0 ? 0 : LEAD_POSITIONS;
    if (head)
      tokens.forEach((t, i) => {
        if (!order.has(fold(t.text))) order.set(fold(t.text), offset + i);
      });
    if (title && isTitleCase(source)) continue;
    const opensSentence = (i: number): boolean => {
      const t = tokens[i];
      return (
        i === 0 || (t !== undefined && SENTENCE_BREAK.test(source.slice(Math.max(0, t.start - 3), t.start)))
      );
    };
    tokens.forEach((t, i) => {
      // The first word of a sentence is capitalised whatever it is: no evidence.
      if (opensSentence(i)) return;
      const key = fold(t.text);
      const entry = words.get(key) ?? { capitalised: 0, lower: 0, forms: new Map<string, number>() };
      if (isCapitalised(t.text)) {
        entry.capitalised += 1;
        entry.forms.set(t.text, (entry.forms.get(t.text) ?? 0) + 1);
      } else entry.lower += 1;
      words.set(key, entry);
      const previous = tokens[i - 1];
      // "Tensions flare": the first word's capital only opens the sentence, so the pair says nothing.
      if (!previous || opensSentence(i - 1) || !JOINING.test(source.slice(previous.end, t.start))) return;
      const pair = `${fold(previous.text)} ${key}`;
      const counts = pairs.get(pair) ?? { name: 0, lower: 0, mixed: 0 };
      const a = isCapitalised(previous.text);
      const b = isCapitalised(t.text);
      if (a && b) counts.name += 1;
      else if (!a && !b) counts.lower += 1;
      else counts.mixed += 1;
      pairs.set(pair, counts);
    });
  }
  const wordCasing = (term: string): Casing | null => {
    const e = words.get(term);
    if (!e) return null;
    return e.capitalised > e.lower ? "name" : "lower";
  };
  return {
    casing(term) {
      if (!term.includes(" ")) return wordCasing(term);
      const counts = pairs.get(term);
      if (!counts) {
        // Never written together outside a title-case headline: judge by its words ("snub" is
        // written lowercase, "Gorbachev" capitalised: a fragment; both capitalised: a name).
        const cases = term.split(" ").map(wordCasing);
        if (cases.includes("name") && cases.includes("lower")) return "mixed";
        return cases.every((c) => c === "name") ? "name" : null;
      }
      const top = Math.max(counts.name, counts.lower, counts.mixed);
      return counts.name === top ? "name" : counts.lower === top ? "lower" : "mixed";
    },
    written(term) {
      const form = (w: string): string => {
        const e = words.get(w);
        const best =
          e && e.capitalised > e.lower
            ? [...e.forms.entries()].sort((x, y) => y[1] - x[1])[0]?.[0]
            : undefined;
        return best ?? w;
      };
      if (!term.includes(" ")) return form(term);
      // A phrase is shown as one: capitalised when it is a name, else lowercase.
      if (this.casing(term) !== "name") return term;
      return term
        .split(" ")
        .map((w) => {
          const written = form(w);
          return written === w ? w.charAt(0).toUpperCase() + w.slice(1) : written;
        })
        .join(" ");
    },
    firstSeen(term) {
      return order.get(term.split(" ")[0] ?? term) ?? Number.POSITIVE_INFINITY;
    },
  };
}
