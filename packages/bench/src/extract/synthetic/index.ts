// The synthetic development set: pages of the shapes issue 11 lists (pre-web archive dates, written
// dates in many languages, tables, script-only bodies, bodiless documents, binary input, ...),
// generated from the shared corpus with a fixed seed, so every run sees the same pages.
import type { SyntheticCase } from "./case.ts";
import { loadStories } from "./corpus.ts";
import { BUILDERS, type Material } from "./kinds.ts";
import { seededRandom } from "./random.ts";

export type { SyntheticCase, SyntheticKind } from "./case.ts";

export const SYNTHETIC_SEED = 20261207;
/** Fetch time of every synthetic page. */
export const SYNTHETIC_FETCHED_AT = new Date(Date.UTC(2026, 0, 15));

export async function generateSynthetic(dataDir: string, seed = SYNTHETIC_SEED): Promise<SyntheticCase[]> {
  const stories = await loadStories(dataDir);
  const random = seededRandom(seed);
  // Shuffle once, then hand stories out in order: no sentence appears on two pages.
  const order = stories.map((story) => ({ story, key: random.next() })).sort((a, b) => a.key - b.key);
  let cursor = 0;
  const material: Material = {
    random,
    now: { year: 2026, month: 1, day: 15 },
    draw(count) {
      const drawn = order.slice(cursor, cursor + count).map((entry) => entry.story);
      cursor += count;
      if (drawn.length < count) throw new Error("synthetic set: corpus exhausted");
      return drawn;
    },
  };
  const cases: SyntheticCase[] = [];
  for (const [kind, build, count] of BUILDERS) {
    for (let i = 0; i < count; i++) {
      cases.push({ page: `${kind}-${String(i).padStart(3, "0")}`, kind, ...build(material) });
    }
  }
  return cases;
}
