// One article: what it says (with theme evidence highlighted), where its metadata came from,
// how it changed between versions, and the actions to fetch it again or delete it.
import { roleAtLeast } from "@tidemark/accounts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleActions } from "@/components/articles/article-actions";
import { StatusBadge } from "@/components/articles/status-badge";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { articleDetail } from "@/lib/articles/article-detail";
import { authedDb } from "@/lib/auth/authed-db";
import { failureLabel } from "@/lib/format/labels";
import { isUuid } from "@/lib/ids/is-uuid";
import { readLiveStates } from "@/lib/live/read-live-states";
import { ArticleCopies } from "./_components/article-copies";
import { ArticleMetadata } from "./_components/article-metadata";
import { ArticleText } from "./_components/article-text";
import { ArticleVersions } from "./_components/article-versions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { db } = await authedDb();
  const { id } = await params;
  if (!isUuid(id)) return { title: "Article" };
  // Both cached per request: the page below reuses these reads, the live state read first.
  await readLiveStates(db, [`article:${id.toLowerCase()}`]);
  const article = await articleDetail(db, id);
  return { title: article?.title ?? "Article" };
}

export default async function ArticlePage({ params }: Props) {
  const { db, user } = await authedDb();
  const canEdit = roleAtLeast(user.role, "editor");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const live = await readLiveStates(db, [`article:${id.toLowerCase()}`]);
  const article = await articleDetail(db, id);
  if (!article) notFound();
  const webUrl =
    article.intake === "url" || /^https?:/.test(article.submittedUrl) ? article.submittedUrl : null;
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/articles" className="text-blue-700 hover:underline">
          ← Articles
        </Link>
      </nav>
      <PageHeader
        title={article.title ?? article.normalizedUrl}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge status={article.status} />
            <LiveRefresh states={live} />
            {webUrl && (
              <a
                href={webUrl}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="break-all text-blue-700 hover:underline"
              >
                {webUrl} ↗
              </a>
            )}
          </span>
        }
        actions={
          canEdit ? (
            <ArticleActions
              articleId={article.id}
              failed={article.status === "failed" || article.status === "gone"}
            />
          ) : undefined
        }
      />
      {(article.status === "failed" || article.failureMessage) && (
        <Alert tone={article.status === "failed" ? "error" : "warning"} className="mb-4">
          <b>{failureLabel(article.failureCode)}</b>: {article.failureMessage}
        </Alert>
      )}
      {article.duplicateOf && (
        <Alert tone="info" className="mb-4">
          Duplicate of{" "}
          <Link href={`/articles/${article.duplicateOf.id}`} className="underline">
            {article.duplicateOf.title ?? article.duplicateOf.normalizedUrl}
          </Link>{" "}
          (same canonical URL); only that one is counted.
        </Alert>
      )}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <ArticleText article={article} />
          <ArticleVersions article={article} />
        </div>
        <div className="space-y-6">
          <ArticleMetadata article={article} />
          <ArticleCopies articleId={article.id} />
        </div>
      </div>
    </>
  );
}
