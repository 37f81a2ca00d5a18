// The public JSON shape of an article list row (API responses and JSON exports).
import type { ArticleRow } from "@tidemark/articles";

export interface ArticleJson {
  id: string;
  title: string | null;
  url: string;
  status: string;
  failure: { code: string | null; message: string | null } | null;
  source: { id: string; key: string | null; name: string | null } | null;
  language: string | null;
  publishedAt: string | null;
  publishedAtSource: string;
  addedAt: string;
  wordCount: number | null;
}

export function articleJson(row: ArticleRow): ArticleJson {
  return {
    id: row.id,
    title: row.title,
    url: row.normalized_url,
    status: row.status,
    failure:
      row.failure_code || row.failure_message
        ? { code: row.failure_code, message: row.failure_message }
        : null,
    source: row.source_id ? { id: row.source_id, key: row.source_key, name: row.source_name } : null,
    language: row.language,
    publishedAt: row.published_at?.toISOString() ?? null,
    publishedAtSource: row.published_at_source,
    addedAt: row.created_at.toISOString(),
    wordCount: row.word_count,
  };
}
