// Synthetic bodies for the near-duplicate benchmark, from the HuffPost corpus descriptions with a
// seeded generator: each body joins 6–10 random descriptions (so unrelated bodies often share a
// description, as same-topic articles share phrases). A near-copy of a body gets another headline,
// other boilerplate above and below, and about 2% of its words replaced.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

const recordSchema = z.object({ headline: z.string(), short_description: z.string() });

export interface Corpus {
  readonly headlines: readonly string[];
  readonly descriptions: readonly string[];
}

export async function loadCorpus(dataDir: string): Promise<Corpus> {
  const raw = await readFile(join(dataDir, "corpus", "huffpost-10k.jsonl"), "utf8");
  const headlines: string[] = [];
  const descriptions: string[] = [];
  raw
    .split("\n")
    .filter((line) => line.trim() !== "")
    .forEach((line, index) => {
      const parsed = recordSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`huffpost-10k line ${index + 1}: ${z.prettifyError(parsed.error)}`);
      headlines.push(parsed.data.headline);
      if (parsed.data.short_description.trim() !== "") descriptions.push(parsed.data.short_description);
    });
  return { headlines, descriptions };
}

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function body(corpus: Corpus, random: () => number): string {
  return bodyParts(corpus, random)
    .map((i) => corpus.descriptions[i])
    .join("\n\n");
}

/** The descriptions (by index) body() joins, drawing the same random numbers in the same order. */
export function bodyParts(corpus: Corpus, random: () => number): number[] {
  const count = 6 + Math.floor(random() * 5);
  const parts: number[] = [];
  for (let i = 0; i < count; i += 1) parts.push(Math.floor(random() * corpus.descriptions.length));
  return parts;
}

const HEADERS = [
  "Subscribe to our newsletter for the day's top stories.",
  "Sign up for breaking news alerts from our newsroom.",
  "This story was originally published by a wire service partner.",
];
const FOOTERS = [
  "Copyright Example Media. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
  "Follow us on social media for more coverage. Comments are moderated.",
  "Reporting contributed by staff writers. Contact the newsroom with corrections.",
];

export function nearCopy(corpus: Corpus, text: string, random: () => number): string {
  const edited = text
    .split(" ")
    .map((word) => (random() < 0.02 ? pick(random, ["reportedly", "also", "now", "further"]) : word))
    .join(" ");
  return [pick(random, corpus.headlines), pick(random, HEADERS), edited, pick(random, FOOTERS)].join("\n\n");
}
