// The WHERE clause of an article list, as bind-parameter SQL. Every filter maps to an indexed
// column or the full-text GIN index; themes filter on the version their series show, so a list
// reached from a chart holds exactly the articles the chart counted.
import { Prisma } from "@tidemark/db";

export const ARTICLE_SORTS = ["added", "added_asc", "published", "published_asc"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

/** What an article list filters and pages by (the web app parses it from the URL with zod). */
export interface ArticleListFilters {
  /** Only these articles (a selection for a bulk action or its export). */
  id?: readonly string[] | undefined;
  q?: string | undefined;
  /** Statuses, plus "counted" for articles the series count. */
  status: readonly string[];
  source: readonly string[];
  /** Source collections: articles from an outlet in any of them. */
  collection?: readonly string[] | undefined;
  /** Imports (import history): articles any of them added or found already stored. */
  import?: readonly string[] | undefined;
  /** Feed or sitemap schedules: articles any of them listed. */
  schedule?: readonly string[] | undefined;
  lang?: string | undefined;
  /** With several themes: articles matching every one ("all", the default) or any of them. */
  themeMatch?: "all" | "any" | undefined;
  /** Local dates (YYYY-MM-DD) in `tz`, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  tz: string;
  sort: ArticleSort;
  after?: string | undefined;
  before?: string | undefined;
  limit: number;
}

export interface ResolvedFilters {
  params: ArticleListFilters;
  /** Series version id per requested theme; null when the theme has no version (matches nothing). */
  themeVersions: (string | null)[];
}

export function articleConditions({ params, themeVersions }: ResolvedFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (params.id?.length) where.push(Prisma.sql`a.id = ANY(CAST(${params.id} AS uuid[]))`);
  if (params.q) {
    where.push(Prisma.sql`a.search_vector @@ websearch_to_tsquery('simple', ${params.q})`);
  }
  const statuses = params.status.filter((s) => s !== "counted");
  const counted = params.status.includes("counted");
  if (statuses.length > 0 && counted) {
    where.push(
      Prisma.sql`(a.status = ANY(CAST(${statuses} AS "ArticleStatus"[])) OR a.counted_hour IS NOT NULL)`,
    );
  } else if (statuses.length > 0) {
    where.push(Prisma.sql`a.status = ANY(CAST(${statuses} AS "ArticleStatus"[]))`);
  } else if (counted) {
    where.push(Prisma.sql`a.counted_hour IS NOT NULL`);
  }
  // Sources and collections add up (an outlet named by id, or in any of the collections).
  const bySource = Prisma.sql`a.source_id = ANY(CAST(${params.source} AS uuid[]))`;
  const byCollection = Prisma.sql`a.source_id IN (SELECT m.source_id FROM source_collection_members m WHERE m.collection_id = ANY(CAST(${params.collection ?? []} AS uuid[])))`;
  if (params.source.length > 0 && params.collection?.length)
    where.push(Prisma.sql`(${bySource} OR ${byCollection})`);
  else if (params.source.length > 0) where.push(bySource);
  else if (params.collection?.length) where.push(byCollection);
  if (params.import?.length) {
    where.push(
      Prisma.sql`a.id IN (SELECT l.article_id FROM import_articles l WHERE l.import_id = ANY(CAST(${params.import} AS uuid[])))`,
    );
  }
  if (params.schedule?.length) {
    where.push(
      Prisma.sql`a.id IN (SELECT l.article_id FROM schedule_articles l WHERE l.schedule_id = ANY(CAST(${params.schedule} AS uuid[])))`,
    );
  }
  if (params.themeMatch === "any" && themeVersions.length > 0) {
    const versions = themeVersions.filter((v): v is string => v !== null);
    where.push(
      versions.length === 0
        ? Prisma.sql`FALSE`
        : Prisma.sql`a.id IN (SELECT h.article_id FROM article_theme_hits h WHERE h.theme_version_id = ANY(CAST(${versions} AS uuid[])))`,
    );
  } else {
    for (const versionId of themeVersions) {
      if (versionId === null) where.push(Prisma.sql`FALSE`);
      else
        where.push(
          Prisma.sql`a.id IN (SELECT h.article_id FROM article_theme_hits h WHERE h.theme_version_id = CAST(${versionId} AS uuid))`,
        );
    }
  }
  if (params.lang) where.push(Prisma.sql`a.language = ${params.lang}`);
  if (params.from) {
    where.push(
      Prisma.sql`a.published_at >= (CAST(${params.from} AS date)::timestamp AT TIME ZONE ${params.tz})`,
    );
  }
  if (params.to) {
    where.push(
      Prisma.sql`a.published_at < ((CAST(${params.to} AS date) + 1)::timestamp AT TIME ZONE ${params.tz})`,
    );
  }
  return where;
}

export function whereClause(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
}
