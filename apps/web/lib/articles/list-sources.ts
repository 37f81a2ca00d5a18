// Outlets for pickers, most counted articles first. Counts come from the hourly aggregates (one
// row per source and hour), not from scanning articles.
import type { Db } from "@tidemark/db";

export interface SourceOption {
  id: string;
  key: string;
  name: string | null;
  articles: number;
}

export async function listSources(db: Db, limit = 100, search?: string): Promise<SourceOption[]> {
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db.$queryRaw<SourceOption[]>`
    SELECT s.id, s.key, s.name, coalesce(sum(c.articles), 0)::int AS articles
    FROM sources s
    LEFT JOIN coverage_hourly c ON c.source_key = s.id
    WHERE (${pattern}::text IS NULL OR s.key ILIKE ${pattern} OR s.name ILIKE ${pattern})
    GROUP BY s.id
    ORDER BY articles DESC, s.key
    LIMIT ${limit}`;
}

/** A readable source name: its name, else its key without the "name:" prefix. */
export function sourceLabel(source: { key: string | null; name: string | null } | null): string {
  if (!source) return "—";
  return source.name ?? source.key?.replace(/^name:/, "") ?? "—";
}
