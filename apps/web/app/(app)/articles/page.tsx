// Articles: full-text search, filters, sort and keyset pages over any number of articles, with a
// count that stops at 10,000 ("10,000+") instead of scanning everything on every load. Editors get
// "Alert me" on a search: a new alert rule on that query.

import { roleAtLeast } from "@tidemark/accounts";
import {
  ArticleListError,
  type ArticlePage,
  cappedArticleCount,
  listArticles,
  listBulkActions,
  searchSnippets,
} from "@tidemark/articles";
import type { Metadata } from "next";
import Link from "next/link";
import type { ThemeStyle } from "@/components/articles/highlighted-text";
import { ExportMenu } from "@/components/export/export-menu";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { searchAlertHref } from "@/lib/alerts/search-alert-href";
import { readArticleListParams } from "@/lib/articles/list-params";
import { listSources } from "@/lib/articles/list-sources";
import { resolveFilters } from "@/lib/articles/resolve-filters";
import { evidenceForRows } from "@/lib/articles/row-evidence";
import { authedDb } from "@/lib/auth/authed-db";
import { formatCappedCount } from "@/lib/format/numbers";
import { type RawParams, withParams } from "@/lib/search-params/schemas";
import { ArticleFilters } from "./_components/article-filters";
import { ArticleTable } from "./_components/article-table";
import { BulkBar } from "./_components/bulk-bar";
import { BulkSelectionProvider } from "./_components/bulk-selection";
import { Pager } from "./_components/pager";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { db, user } = await authedDb();
  const canEdit = roleAtLeast(user.role, "editor");
  const raw = await searchParams;
  const { params, error } = readArticleListParams(raw);
  const [filters, sources, themes, collections] = await Promise.all([
    resolveFilters(db, params),
    listSources(db, 100),
    db.theme.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, color: true, seriesVersionId: true },
    }),
    db.sourceCollection.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const count = await cappedArticleCount(db, filters);
  // Filter-wide re-ingests and deletes the worker is running now: shown with live progress.
  const bulkActions = canEdit ? await listBulkActions(db) : [];
  let pageError: string | null = null;
  let page: ArticlePage | null = null;
  try {
    page = await listArticles(db, filters, { fewMatches: !count.capped });
  } catch (err) {
    // A stale or foreign page cursor: say so and offer the first page, rather than an error page.
    if (!(err instanceof ArticleListError)) throw err;
    pageError = err.message;
  }
  const rows = page?.rows ?? [];
  const versionIds = filters.themeVersions.filter((v): v is string => v !== null);
  const [evidence, snippets] = await Promise.all([
    evidenceForRows(
      db,
      rows.map((r) => r.id),
      versionIds,
    ),
    params.q
      ? searchSnippets(
          db,
          rows.map((r) => r.id),
          params.q,
        )
      : undefined,
  ]);
  const versionThemes = new Map<string, ThemeStyle>(
    themes.flatMap((t) =>
      t.seriesVersionId ? [[t.seriesVersionId, { id: t.id, name: t.name, color: t.color }] as const] : [],
    ),
  );
  const filtered = Object.keys(raw).some((k) => !["sort", "limit", "after", "before"].includes(k));
  const exportQuery = withParams(raw, { after: undefined, before: undefined, limit: undefined });
  const alertHref = canEdit ? searchAlertHref(params) : null;

  return (
    <>
      <PageHeader
        title="Articles"
        description={`${formatCappedCount(count.count, count.capped)} article${count.count === 1 ? "" : "s"}${filtered ? " match" : ""}`}
        actions={
          <>
            <ExportMenu dataset="articles" query={exportQuery} />
            {alertHref && (
              <Link
                href={alertHref}
                className={buttonClasses("secondary")}
                title="A rule on this search: new matching articles, or a spike"
              >
                Alert me
              </Link>
            )}
            <Link href="/add" className={buttonClasses("primary")}>
              Add articles
            </Link>
          </>
        }
      />
      <Card className="mb-4 p-4">
        <ArticleFilters params={params} sources={sources} themes={themes} collections={collections} />
      </Card>
      {error && (
        <Alert tone="warning" className="mb-4">
          Some filters were invalid and were reset: {error}
        </Alert>
      )}
      {pageError && (
        <Alert tone="warning" className="mb-4">
          {pageError}{" "}
          <Link
            href={`/articles${withParams(raw, { after: undefined, before: undefined })}`}
            className="underline"
          >
            First page
          </Link>
        </Alert>
      )}
      <Card>
        <BulkSelectionProvider pageIds={rows.map((r) => r.id)}>
          {canEdit && <BulkBar total={count} filter={exportQuery.replace(/^\?/, "")} actions={bulkActions} />}
          {rows.length === 0 ? (
            <div className="p-4">
              {filtered ? (
                <EmptyState title="No articles match these filters">
                  <Link href="/articles" className="text-blue-700 underline">
                    Clear the filters
                  </Link>{" "}
                  or widen the date range.
                </EmptyState>
              ) : (
                <EmptyState title="No articles yet — add some">
                  Paste URLs or upload a CSV/JSONL file on the{" "}
                  <Link href="/add" className="text-blue-700 underline">
                    Add articles
                  </Link>{" "}
                  page.
                </EmptyState>
              )}
            </div>
          ) : (
            <>
              <ArticleTable
                rows={rows}
                evidence={evidence}
                versionThemes={versionThemes}
                snippets={snippets}
                selectable={canEdit}
              />
              <Pager raw={raw} prev={page?.prev ?? null} next={page?.next ?? null} />
            </>
          )}
        </BulkSelectionProvider>
      </Card>
    </>
  );
}
