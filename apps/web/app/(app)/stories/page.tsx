// Stories: articles from several outlets about one event, most recently active first; filtered by
// theme and by how many outlets tell them, a page at a time.
import { listStories, StoryCursorError, storyListSchema } from "@tidemark/stories";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { StoryTable } from "@/components/stories/story-table";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { authedDb } from "@/lib/auth/authed-db";
import { type RawParams, singleParam, withParams } from "@/lib/search-params/schemas";

export const metadata: Metadata = { title: "Stories" };

const viewSchema = z.object({
  theme: singleParam(z.uuid().optional()),
  minOutlets: singleParam(z.coerce.number().int().min(1).max(1000).default(1)),
  cursor: singleParam(z.string().max(200).optional()),
});

export default async function StoriesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { db } = await authedDb();
  const raw = await searchParams;
  const parsed = viewSchema.safeParse(raw);
  const view = parsed.success ? parsed.data : viewSchema.parse({});
  let error = parsed.success ? null : z.prettifyError(parsed.error);
  const themes = await db.theme.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  let page: Awaited<ReturnType<typeof listStories>> = { stories: [], nextCursor: null };
  try {
    page = await listStories(
      db,
      storyListSchema.parse({
        themeId: view.theme,
        minOutlets: view.minOutlets,
        cursor: view.cursor,
        limit: 25,
      }),
    );
  } catch (e) {
    if (!(e instanceof StoryCursorError)) throw e;
    error = e.message;
  }
  return (
    <>
      <PageHeader
        title="Stories"
        description="Articles from different outlets about the same event, grouped as they arrive. Copies of one text (syndication) are one text family inside a story."
      />
      {error && (
        <Alert tone="warning" className="mb-4">
          Some view settings were invalid and were reset: {error}
        </Alert>
      )}
      <Card>
        <CardHeader
          title="Most recently active"
          actions={
            <form method="get" className="flex flex-wrap items-end gap-2">
              <label
                htmlFor="stories-theme"
                className="flex flex-col gap-1 text-xs font-medium text-slate-600"
              >
                Theme
                <Select id="stories-theme" name="theme" defaultValue={view.theme ?? ""} className="w-48">
                  <option value="">All themes</option>
                  {themes.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </Select>
              </label>
              <label
                htmlFor="stories-outlets"
                className="flex flex-col gap-1 text-xs font-medium text-slate-600"
              >
                Outlets
                <Select
                  id="stories-outlets"
                  name="minOutlets"
                  defaultValue={String(view.minOutlets)}
                  className="w-36"
                >
                  {[1, 2, 3, 5, 10].map((n) => (
                    <option key={n} value={n}>
                      {n === 1 ? "Any" : `${n} or more`}
                    </option>
                  ))}
                </Select>
              </label>
              <button type="submit" className={buttonClasses("primary", "md")}>
                Apply
              </button>
            </form>
          }
        />
        {page.stories.length === 0 ? (
          <div className="p-4">
            <EmptyState title={view.cursor ? "No more stories" : "No stories yet"}>
              Stories form as articles are extracted and tagged; run <code>tidemark stories rebuild</code> to
              group articles stored before.
            </EmptyState>
          </div>
        ) : (
          <StoryTable stories={page.stories} showThemeArticles={Boolean(view.theme)} />
        )}
        <nav aria-label="Pages" className="flex justify-end gap-2 px-4 py-3">
          {view.cursor && (
            <Link
              href={`/stories${withParams(raw, { cursor: undefined })}`}
              className={buttonClasses("secondary", "sm")}
            >
              ← First page
            </Link>
          )}
          {page.nextCursor && (
            <Link
              href={`/stories${withParams(raw, { cursor: page.nextCursor })}`}
              className={buttonClasses("secondary", "sm")}
            >
              Next →
            </Link>
          )}
        </nav>
      </Card>
    </>
  );
}
