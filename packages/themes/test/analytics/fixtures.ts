// Analytics test data, written straight into the tables (sources, themes with a version, articles
// and their hits), then counted with the ground-truth recount `rebuildCoverage`.
import { randomUUID } from "node:crypto";
import { prisma } from "@tidemark/db";
import { rebuildCoverage } from "../../src/coverage/rebuild.ts";

export { prisma };

export async function makeSource(key: string): Promise<string> {
  const source = await prisma.source.create({ data: { key, domain: key, name: key.toUpperCase() } });
  return source.id;
}

export interface TestTheme {
  themeId: string;
  versionId: string;
}

/** A theme whose version 1 is both current and the one its series show. */
export async function makeTheme(slug: string): Promise<TestTheme> {
  const theme = await prisma.theme.create({ data: { slug, name: slug.toUpperCase() } });
  const version = await prisma.themeVersion.create({
    data: { themeId: theme.id, version: 1, definition: slug },
  });
  await prisma.theme.update({
    where: { id: theme.id },
    data: { currentVersionId: version.id, seriesVersionId: version.id },
  });
  return { themeId: theme.id, versionId: version.id };
}

/** Another version of a theme that its series do not show (e.g. one still being backfilled). */
export async function makeOtherVersion(theme: TestTheme, version: number): Promise<TestTheme> {
  const row = await prisma.themeVersion.create({
    data: { themeId: theme.themeId, version, definition: `v${version}` },
  });
  return { themeId: theme.themeId, versionId: row.id };
}

export interface HitSpec {
  theme: TestTheme;
  score?: number;
  sentence?: string;
}

export interface ArticleSpec {
  publishedAt: string | null;
  sourceId?: string | null;
  title?: string;
  text?: string;
  status?: "extracted" | "gone" | "failed" | "duplicate";
  duplicateOfId?: string;
  hits?: HitSpec[];
}

/**
 * Inserts articles and their hits in bulk (one statement each, from arrays; much faster than
 * createMany for the thousands of rows a series needs); returns the article ids in order.
 */
export async function insertArticles(specs: readonly ArticleSpec[]): Promise<string[]> {
  const ids = specs.map(() => randomUUID());
  const column = <T>(pick: (spec: ArticleSpec, i: number) => T): T[] => specs.map(pick);
  await prisma.$executeRaw`
    INSERT INTO articles (id, submitted_url, normalized_url, status, duplicate_of_id, source_id, title, text,
                          published_at, published_at_source, fetched_at, updated_at)
    SELECT a.id, 'https://test.example/' || a.id, 'https://test.example/' || a.id, a.status::"ArticleStatus",
           a.duplicate_of_id, a.source_id, a.title, a.text, a.published_at,
           CASE WHEN a.published_at IS NULL THEN 'none' ELSE 'meta' END::"DateSource",
           '2024-06-30T12:00:00Z'::timestamptz, now()
    FROM unnest(${ids}::uuid[], ${column((s) => s.status ?? "extracted")}::text[],
                ${column((s) => s.duplicateOfId ?? null)}::uuid[], ${column((s) => s.sourceId ?? null)}::uuid[],
                ${column((s, i) => s.title ?? `Article ${i}`)}::text[], ${column((s) => s.text ?? "Some text.")}::text[],
                ${column((s) => s.publishedAt)}::timestamptz[])
         AS a(id, status, duplicate_of_id, source_id, title, text, published_at)`;
  const hits = specs.flatMap((spec, i) =>
    (spec.hits ?? []).map((hit) => ({
      articleId: ids[i] ?? "",
      themeId: hit.theme.themeId,
      versionId: hit.theme.versionId,
      score: hit.score ?? 1,
      evidence: JSON.stringify(
        hit.sentence
          ? [{ field: "text", sentence: hit.sentence, start: 0, end: hit.sentence.length, spans: [] }]
          : [],
      ),
    })),
  );
  if (hits.length > 0) {
    await prisma.$executeRaw`
      INSERT INTO article_theme_hits (article_id, theme_version_id, theme_id, score, mentions, evidence)
      SELECT h.article_id, h.version_id, h.theme_id, h.score, 1, h.evidence::jsonb
      FROM unnest(${hits.map((h) => h.articleId)}::uuid[], ${hits.map((h) => h.versionId)}::uuid[],
                  ${hits.map((h) => h.themeId)}::uuid[], ${hits.map((h) => h.score)}::float8[],
                  ${hits.map((h) => h.evidence)}::text[])
           AS h(article_id, version_id, theme_id, score, evidence)`;
  }
  return ids;
}

/** Recounts every aggregate from the rows, as `tidemark coverage rebuild` does. */
export async function recount(): Promise<void> {
  await rebuildCoverage(prisma);
}

/** Deterministic pseudo-random numbers, so test corpora are the same on every run. */
export function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Local dates from `from` to `to` inclusive (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
