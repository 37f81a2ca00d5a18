// One page of an article list by keyset pagination: cost depends on the page size, not on how
// deep the page is, so page 2,000 of a million articles is as fast as page 1.
//
// Sorting by "added" uses the primary key: ids are UUIDv7, ordered by creation time. Sorting by
// publication date reads two segments in turn — dated articles by (published_at, id), then
// undated ones by id — so each segment can walk an index and undated articles come last in
// either direction instead of forcing a sort of every match.
//
// Walking an index in sort order and filtering as it goes is fast when many rows match, and a
// full-table scan when few do (a small source, a rare status). So the caller counts first
// (cappedArticleCount, once per list, not once per page) and says whether few rows match: then
// they are collected through the filters' own indexes and sorted in memory instead.
import { type Db, Prisma } from "@tidemark/db";
import { type Cursor, decodeCursor, encodeCursor } from "./cursor.ts";
import type { ArticleSort } from "./list-filters-sql.ts";
import { articleConditions, type ResolvedFilters, whereClause } from "./list-filters-sql.ts";

export interface ArticleRow {
  id: string;
  title: string | null;
  normalized_url: string;
  status: string;
  failure_code: string | null;
  failure_message: string | null;
  source_id: string | null;
  source_key: string | null;
  source_name: string | null;
  language: string | null;
  published_at: Date | null;
  published_at_source: string;
  created_at: Date;
  word_count: number | null;
}

export interface ArticlePage {
  rows: ArticleRow[];
  /** Cursor for the next page (`after=`), or null on the last page. */
  next: string | null;
  /** Cursor for the previous page (`before=`), or null on the first page. */
  prev: string | null;
}

interface Segment {
  /** Rows of this segment. */
  filter: Prisma.Sql;
  /** Sort column, or null to sort by id alone. */
  column: Prisma.Sql | null;
}

function segmentsFor(sort: ArticleSort): { segments: Segment[]; descending: boolean } {
  const descending = sort === "added" || sort === "published";
  if (sort === "added" || sort === "added_asc") {
    return { descending, segments: [{ filter: Prisma.sql`TRUE`, column: null }] };
  }
  return {
    descending,
    segments: [
      { filter: Prisma.sql`a.published_at IS NOT NULL`, column: Prisma.sql`a.published_at` },
      { filter: Prisma.sql`a.published_at IS NULL`, column: null },
    ],
  };
}

type Row = ArticleRow & { sort_value: Date | null };

async function readSegment(
  db: Db,
  where: Prisma.Sql,
  segment: Segment,
  bound: Cursor | null,
  descending: boolean,
  take: number,
  fewMatches: boolean,
): Promise<Row[]> {
  // Operators and directions come from this fixed set, never from input.
  const cmp = Prisma.raw(descending ? "<" : ">");
  const cmpOrEqual = Prisma.raw(descending ? "<=" : ">=");
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  const conditions = [where, segment.filter];
  if (bound && segment.column && bound.v !== null) {
    const v = new Date(bound.v);
    // The first condition is redundant but lets the planner use the column's index.
    conditions.push(Prisma.sql`${segment.column} ${cmpOrEqual} ${v}`);
    conditions.push(Prisma.sql`(${segment.column} ${cmp} ${v} OR a.id ${cmp} CAST(${bound.id} AS uuid))`);
  } else if (bound) {
    conditions.push(Prisma.sql`a.id ${cmp} CAST(${bound.id} AS uuid)`);
  }
  const select = Prisma.sql`
    SELECT a.id, a.title, a.normalized_url, a.status::text AS status, a.failure_code, a.failure_message,
           a.source_id, s.key AS source_key, s.name AS source_name, a.language, a.published_at,
           a.published_at_source::text AS published_at_source, a.created_at, a.word_count,
           ${segment.column ?? Prisma.sql`NULL::timestamptz`} AS sort_value
    FROM articles a LEFT JOIN sources s ON s.id = a.source_id
    WHERE ${Prisma.join(conditions, " AND ")}`;
  const order = segment.column
    ? Prisma.sql`sort_value ${direction}, id ${direction}`
    : Prisma.sql`id ${direction}`;
  if (fewMatches) {
    // MATERIALIZED keeps the planner from walking the sort index: the filters pick the rows.
    return db.$queryRaw<
      Row[]
    >`WITH m AS MATERIALIZED (${select}) SELECT * FROM m ORDER BY ${order} LIMIT ${take}`;
  }
  return db.$queryRaw<Row[]>`SELECT * FROM (${select}) m ORDER BY ${order} LIMIT ${take}`;
}

export interface ListPlan {
  /** At most COUNT_CAP articles match (their capped count was not capped). */
  fewMatches: boolean;
}

export async function listArticles(
  db: Db,
  filters: ResolvedFilters,
  { fewMatches }: ListPlan,
): Promise<ArticlePage> {
  const { params } = filters;
  const { segments, descending } = segmentsFor(params.sort);
  const where = whereClause(articleConditions(filters));
  const backward = params.before !== undefined;
  const cursorText = params.before ?? params.after;
  const cursor = cursorText ? decodeCursor(cursorText, params.sort) : null;
  const take = params.limit + 1;

  // Walk segments from the cursor's one, forward or backward, until a page (plus one) is full.
  const collected: { row: Row; segment: number }[] = [];
  const start = cursor?.s ?? (backward ? segments.length - 1 : 0);
  for (let i = start; i >= 0 && i < segments.length; i += backward ? -1 : 1) {
    const segment = segments[i];
    if (!segment) break;
    const rows = await readSegment(
      db,
      where,
      segment,
      i === cursor?.s ? cursor : null,
      backward ? !descending : descending,
      take - collected.length,
      fewMatches,
    );
    for (const row of rows) collected.push({ row, segment: i });
    if (collected.length >= take) break;
  }
  const more = collected.length > params.limit;
  const page = collected.slice(0, params.limit);
  if (backward) page.reverse();

  const cursorOf = (entry: { row: Row; segment: number } | undefined): string | null =>
    entry
      ? encodeCursor({
          o: params.sort,
          s: entry.segment,
          v: entry.row.sort_value ? entry.row.sort_value.toISOString() : null,
          id: entry.row.id,
        })
      : null;
  const hasNext = backward ? true : more;
  const hasPrev = backward ? more : cursor !== null;
  return {
    rows: page.map(({ row }) => {
      const { sort_value: _omit, ...rest } = row;
      return rest;
    }),
    next: hasNext && page.length > 0 ? cursorOf(page.at(-1)) : null,
    prev: hasPrev && page.length > 0 ? cursorOf(page[0]) : null,
  };
}
