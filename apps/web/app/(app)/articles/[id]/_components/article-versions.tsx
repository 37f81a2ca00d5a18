// Every distinct content the article has had, newest first, each compared with the one before:
// the newest change diffed here, older ones when opened.
import { VersionChanges } from "@/components/articles/version-changes";
import { Card, CardHeader } from "@/components/ui/card";
import type { ArticleDetail } from "@/lib/articles/article-detail";
import { diffWithPrevious } from "@/lib/articles/version-pair-diff";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDateTime } from "@/lib/format/dates";

export async function ArticleVersions({ article }: { article: ArticleDetail }) {
  const { db } = await authedDb();
  const versions = article.versions;
  const newest = versions[0];
  const newestDiff =
    newest && versions.length > 1 ? await diffWithPrevious(db, article.id, newest.version) : null;
  return (
    <Card>
      <CardHeader
        title="Versions"
        description={
          versions.length <= 1
            ? "One version so far; a re-ingest that finds changed text adds another."
            : `${versions.length} versions, newest first.`
        }
      />
      <ol className="divide-y divide-slate-100">
        {versions.map((v, i) => {
          const previous = versions[i + 1];
          return (
            <li key={v.id} className="px-4 py-3">
              <p className="text-sm">
                <span className="font-semibold">v{v.version}</span>{" "}
                <span className="text-slate-500">
                  fetched {formatDateTime(v.fetchedAt)} · {v.wordCount.toLocaleString("en-US")} words ·
                  extractor {v.extractorVersion} ·{" "}
                  <code title={v.contentHash}>{v.contentHash.slice(0, 10)}</code>
                </span>
              </p>
              {previous && (
                <VersionChanges
                  articleId={article.id}
                  version={v.version}
                  previous={{ version: previous.version, title: previous.title }}
                  title={v.title}
                  diff={i === 0 ? (newestDiff ?? undefined) : undefined}
                />
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
