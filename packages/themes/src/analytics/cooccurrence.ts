// Which themes are reported together: for each pair, the articles both hit, and two normalised
// views of that count. Jaccard (both / either) says how much the two themes' coverage overlaps;
// lift (observed together / expected if independent) says whether they meet more often than
// their sizes alone explain, which Jaccard cannot (two big themes overlap a lot by chance).
import type { Db } from "@tidemark/db";
import type { z } from "zod";
import { type SeriesParams, seriesParamsSchema } from "../series/params.ts";
import { pairCounts } from "./cooccurrence-query.ts";
import { seriesThemes, versionIdsOf } from "./series-themes.ts";

export const cooccurrenceParamsSchema = seriesParamsSchema;

export interface CooccurrenceTheme {
  themeId: string;
  slug: string;
  name: string;
  versionId: string | null;
  /** Counted, dated articles in the range the theme hits. */
  hits: number;
}

export interface ThemePair {
  a: string;
  b: string;
  /** Articles both themes hit. */
  both: number;
  /** both / articles either theme hits; null when neither hits anything. */
  jaccard: number | null;
  /** both × articles / (hits a × hits b); null when either theme has no hits. */
  lift: number | null;
}

export interface CooccurrenceResult {
  params: SeriesParams;
  /** Counted, dated articles in the range (after the source filter). */
  articles: number;
  themes: CooccurrenceTheme[];
  /** Every pair of distinct themes once, in the order the themes were given. */
  pairs: ThemePair[];
}

export async function themeCooccurrence(
  db: Db,
  input: z.input<typeof cooccurrenceParamsSchema>,
): Promise<CooccurrenceResult> {
  const params = cooccurrenceParamsSchema.parse(input);
  const themes = await seriesThemes(db, params.themeIds);
  const rows = await pairCounts(db, params, versionIdsOf(themes));
  const count = new Map<string, number>();
  let articles = 0;
  for (const row of rows) {
    if (row.a === null || row.b === null) articles = row.n;
    else {
      // SQL returns each pair once, in uuid order; store both orders so lookups need none.
      count.set(`${row.a}|${row.b}`, row.n);
      count.set(`${row.b}|${row.a}`, row.n);
    }
  }
  const together = (x: string | null, y: string | null): number =>
    x === null || y === null ? 0 : (count.get(`${x}|${y}`) ?? 0);

  const withHits = themes.map((t) => ({ ...t, hits: together(t.versionId, t.versionId) }));
  const pairs: ThemePair[] = [];
  withHits.forEach((a, i) => {
    for (const b of withHits.slice(i + 1)) {
      const both = together(a.versionId, b.versionId);
      const either = a.hits + b.hits - both;
      pairs.push({
        a: a.themeId,
        b: b.themeId,
        both,
        jaccard: either > 0 ? both / either : null,
        lift: a.hits > 0 && b.hits > 0 ? (both * articles) / (a.hits * b.hits) : null,
      });
    }
  });
  return { params, articles, themes: withHits, pairs };
}
