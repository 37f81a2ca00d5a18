// The newest articles a theme matches (its series version), with the sentence that matched: the
// entries of the theme's Atom and JSON feeds. Newest first by when the article happened.
import type { Db } from "@tidemark/db";
import { readEvidence } from "@/lib/articles/evidence";

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  outlet: string | null;
  authors: string[];
  publishedAt: Date;
  updatedAt: Date;
  evidence: string | null;
}

export async function themeFeedEntries(db: Db, themeId: string, limit: number): Promise<FeedEntry[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      title: string | null;
      url: string;
      outlet: string | null;
      authors: string[];
      at: Date;
      updated_at: Date;
      evidence: unknown;
    }[]
  >`
    SELECT a.id::text, a.title, coalesce(a.canonical_url, a.normalized_url) AS url,
           coalesce(s.name, s.domain) AS outlet, a.authors,
           coalesce(a.published_at, a.fetched_at, a.created_at) AS at, a.updated_at, h.evidence
    FROM themes t
    JOIN article_theme_hits h ON h.theme_version_id = t.series_version_id
    JOIN articles a ON a.id = h.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE t.id = ${themeId}::uuid AND a.duplicate_of_id IS NULL
    ORDER BY coalesce(a.published_at, a.fetched_at, a.created_at) DESC, a.id DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({
    id: r.id,
    title: r.title ?? r.url,
    url: r.url,
    outlet: r.outlet,
    authors: r.authors,
    publishedAt: r.at,
    updatedAt: r.updated_at,
    evidence: evidenceSentence(r.evidence),
  }));
}

/** The first matched sentence of the body (the title is the entry's title already), else any. */
function evidenceSentence(stored: unknown): string | null {
  const evidence = readEvidence(stored);
  return (evidence.find((e) => e.field === "text") ?? evidence[0])?.sentence ?? null;
}
