// Emerging terms kept per (theme version, period, parameters), so the theme page does not read
// and tokenise thousands of texts on every load. An entry is used while
//   - its fingerprint still matches: the theme version's and all articles' daily counts over both
//     periods (sums from theme_coverage_daily / coverage_daily, a few dozen rows), so an article
//     added, removed, re-dated or re-tagged in the periods recomputes the terms at once; and
//   - it is younger than `maxAgeMs` (default 10 minutes), which bounds how long an edit that
//     leaves every daily count equal (a text changed without changing its hits) goes unseen.
// A new definition is a new version, hence a new key; a pruned version's entries cascade away.
import { createHash } from "node:crypto";
import { type Db, Prisma } from "@tidemark/db";
import { z } from "zod";
import { ALL_SOURCES } from "../coverage/keys.ts";
import { addDays, daysInclusive } from "./local-dates.ts";
import { seriesThemes } from "./series-themes.ts";
import { type EmergingTermsResult, emergingTerms, emergingTermsParamsSchema } from "./terms.ts";

const DEFAULT_MAX_AGE_MS = 10 * 60_000;

const storedResultSchema = z.object({
  params: emergingTermsParamsSchema,
  theme: z
    .object({ themeId: z.string(), slug: z.string(), name: z.string(), versionId: z.string().nullable() })
    .nullable(),
  current: z.object({
    from: z.string(),
    to: z.string(),
    articles: z.number(),
    read: z.number(),
    capped: z.boolean(),
  }),
  previous: z.object({
    from: z.string(),
    to: z.string(),
    articles: z.number(),
    read: z.number(),
    capped: z.boolean(),
  }),
  terms: z.array(
    z.object({
      term: z.string(),
      words: z.number(),
      current: z.number(),
      previous: z.number(),
      currentRate: z.number(),
      previousRate: z.number(),
      g2: z.number(),
    }),
  ),
});

export interface CachedEmergingTerms extends EmergingTermsResult {
  /** When these terms were computed, and whether this call computed them. */
  cache: { computedAt: string; hit: boolean };
}

export async function cachedEmergingTerms(
  db: Db,
  input: z.input<typeof emergingTermsParamsSchema>,
  /** `cacheDb`: where entries are read and written (the primary when `db` is a read replica). */
  options: { maxAgeMs?: number; cacheDb?: Db } = {},
): Promise<CachedEmergingTerms> {
  const params = emergingTermsParamsSchema.parse(input);
  const theme = params.themeId ? ((await seriesThemes(db, [params.themeId]))[0] ?? null) : null;
  // Unknown themes and themes without a series version are not cached (emergingTerms decides).
  if (params.themeId && !theme?.versionId) return fresh(await emergingTerms(db, params));
  const versionId = theme?.versionId ?? null;
  const key = createHash("sha256")
    .update(
      JSON.stringify([
        versionId,
        params.from,
        params.to,
        params.timezone,
        [...(params.sourceIds ?? [])].sort(),
        params.limit,
        params.maxArticles,
        params.maxWords,
        params.minCount,
        params.minScore,
      ]),
    )
    .digest("hex");
  const fingerprint = await periodFingerprint(db, params, versionId);
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const cacheDb = options.cacheDb ?? db;
  const stored = await cacheDb.emergingTermsCache.findUnique({ where: { key } });
  if (stored && stored.fingerprint === fingerprint && Date.now() - stored.computedAt.getTime() <= maxAgeMs) {
    const parsed = storedResultSchema.safeParse(stored.result);
    // An entry written by another release may not parse: it is simply recomputed.
    if (parsed.success) {
      return { ...parsed.data, cache: { computedAt: stored.computedAt.toISOString(), hit: true } };
    }
  }
  const result = await emergingTerms(db, params);
  const computedAt = new Date();
  const json = JSON.parse(JSON.stringify(result)) as Prisma.InputJsonValue;
  await cacheDb.emergingTermsCache.upsert({
    where: { key },
    create: { key, themeVersionId: versionId, fingerprint, result: json, computedAt },
    update: { fingerprint, result: json, computedAt },
  });
  return { ...result, cache: { computedAt: computedAt.toISOString(), hit: false } };
}

function fresh(result: EmergingTermsResult): CachedEmergingTerms {
  return { ...result, cache: { computedAt: new Date().toISOString(), hit: false } };
}

/**
 * The daily counts behind both periods, summed with weights by day: any article entering,
 * leaving or moving within the UTC days that cover them (a day of margin each side, for any
 * zone) changes it.
 */
async function periodFingerprint(
  db: Db,
  params: z.output<typeof emergingTermsParamsSchema>,
  versionId: string | null,
): Promise<string> {
  const days = daysInclusive(params.from, params.to);
  const first = addDays(params.from, -days - 1);
  const last = addDays(params.to, 1);
  const keys = params.sourceIds?.length ? params.sourceIds : [ALL_SOURCES];
  const themeRows = versionId
    ? Prisma.sql`
      SELECT 't', coalesce(sum(t.articles), 0)::bigint, coalesce(sum(t.articles * (t.day - DATE '2000-01-01')), 0)::bigint
      FROM theme_coverage_daily t
      WHERE t.theme_version_id = ${versionId}::uuid AND t.source_key = ANY(${keys}::uuid[])
        AND t.day >= ${first}::date AND t.day <= ${last}::date AND t.basis = 'published'`
    : Prisma.sql`SELECT 't', 0::bigint, 0::bigint`;
  const rows = await db.$queryRaw<{ part: string; n: bigint; w: bigint }[]>`
    SELECT 'a' AS part, coalesce(sum(c.articles), 0)::bigint AS n,
           coalesce(sum(c.articles * (c.day - DATE '2000-01-01')), 0)::bigint AS w
    FROM coverage_daily c
    WHERE c.source_key = ANY(${keys}::uuid[]) AND c.day >= ${first}::date AND c.day <= ${last}::date
      AND c.basis = 'published'
    UNION ALL ${themeRows}`;
  return rows.map((r) => `${r.part}:${r.n}:${r.w}`).join("|");
}
