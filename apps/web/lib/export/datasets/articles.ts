// Articles matching a list's search and filters, streamed in keyset pages of 500 — never the
// whole result in memory. With theme filters, each row carries the matching sentence per theme.

import { cappedArticleCount, listArticles } from "@tidemark/articles";
import type { Db } from "@tidemark/db";
import { articleListSchema } from "@/lib/articles/list-params";
import { resolveFilters } from "@/lib/articles/resolve-filters";
import { evidenceForRows } from "@/lib/articles/row-evidence";
import { stampThemes } from "../stamp-themes";
import { defineDataset, type ExportRow } from "../types";

const PAGE = 500;
const BASE_COLUMNS = [
  "id",
  "title",
  "url",
  "status",
  "failure_code",
  "failure_message",
  "source_key",
  "source_name",
  "language",
  "published_at",
  "published_at_source",
  "added_at",
  "word_count",
  "dashboard_url",
];

export const articlesDataset = defineDataset({
  name: "articles",
  description: "Articles matching the list's search and filters (all pages).",
  query: articleListSchema,
  async open(db: Db, query) {
    const filters = await resolveFilters(db, { ...query, after: undefined, before: undefined, limit: PAGE });
    const themes = await stampThemes(db, query.theme);
    const evidenceColumns = themes.map((t) => `evidence_${t.slug}`);
    const versionSlug = new Map<string, string>();
    filters.themeVersions.forEach((v, i) => {
      const slug = themes.find((t) => t.id === query.theme[i])?.slug;
      if (v && slug) versionSlug.set(v, slug);
    });

    async function* rows(): AsyncGenerator<ExportRow> {
      // Counted once for the whole export: the count only picks the query plan of every page.
      const count = await cappedArticleCount(db, filters);
      const plan = { fewMatches: !count.capped };
      let after: string | undefined;
      for (;;) {
        const page = await listArticles(db, { ...filters, params: { ...filters.params, after } }, plan);
        const evidence = await evidenceForRows(
          db,
          page.rows.map((r) => r.id),
          [...versionSlug.keys()],
        );
        for (const r of page.rows) {
          const row: ExportRow = {
            id: r.id,
            title: r.title,
            url: r.normalized_url,
            status: r.status,
            failure_code: r.failure_code,
            failure_message: r.failure_message,
            source_key: r.source_key,
            source_name: r.source_name,
            language: r.language,
            published_at: r.published_at,
            published_at_source: r.published_at_source,
            added_at: r.created_at,
            word_count: r.word_count,
            dashboard_url: `/articles/${r.id}`,
          };
          for (const e of evidence.get(r.id) ?? []) {
            const slug = versionSlug.get(e.versionId);
            if (slug) row[`evidence_${slug}`] = e.evidence.sentence;
          }
          yield row;
        }
        if (!page.next) return;
        after = page.next;
      }
    }
    return {
      columns: [...BASE_COLUMNS, ...evidenceColumns],
      rows: rows(),
      themes,
      params: stripPaging(query),
    };
  },
});

function stripPaging(query: Record<string, unknown>): Record<string, unknown> {
  const { after: _a, before: _b, limit: _l, ...rest } = query;
  return rest;
}
