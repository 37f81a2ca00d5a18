// Constructed texts for the near-duplicate tests: seeded pseudo-stories, and ways to copy them
// the way syndication does (other boilerplate, another headline, light edits).

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

const VOCABULARY = (
  "council vote budget river bridge school teacher parents election senator mayor court judge ruling " +
  "police officers protest crowd storm flood rain farmers harvest prices market shares bank loan " +
  "hospital doctors patients vaccine study researchers university students rent housing tenants " +
  "company workers strike union wages factory plant energy solar wind coal emissions climate report " +
  "minister government border migrants asylum police train station airport flights delay passengers " +
  "museum artist exhibition festival music film director award season team coach players match goal"
).split(" ");
const GLUE = "the a of in on to and for with after before said that was were will has have".split(" ");

/** A story of `sentences` sentences (20: about 290 words, a short news article) drawn with a seeded generator; different seeds, different stories. */
export function story(seed: number, sentences = 20): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const out: string[] = [];
  for (let s = 0; s < sentences; s += 1) {
    const length = 10 + Math.floor(random() * 10);
    const ws: string[] = [];
    for (let w = 0; w < length; w += 1) ws.push(random() < 0.6 ? pick(VOCABULARY) : pick(GLUE));
    const sentence = ws.join(" ");
    out.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  return out.join(" ");
}

/** Replaces about `share` of the words with other words (a light copy edit). */
export function lightlyEdited(text: string, share: number, seed: number): string {
  const random = seededRandom(seed);
  return text
    .split(" ")
    .map((w) => (random() < share ? "edited" : w))
    .join(" ");
}

export function syndicatedCopy(text: string, seed: number): string {
  const headline = `Breaking: what happened today, story ${seed}`;
  const header = "Subscribe to our newsletter for the latest headlines delivered daily to your inbox.";
  const footer =
    "Copyright 2026 Example Media Group. All rights reserved. This material may not be republished.";
  return [headline, header, lightlyEdited(text, 0.02, seed), footer].join("\n\n");
}
