// Every distinct content the article has had, newest first, each compared with the one before.
import { VersionDiff } from "@/components/articles/version-diff";
import { Card, CardHeader } from "@/components/ui/card";
import type { ArticleDetail } from "@/lib/articles/article-detail";
import { formatDateTime } from "@/lib/format/dates";

export function ArticleVersions({ article }: { article: ArticleDetail }) {
  const versions = article.versions;
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
                <details className="mt-2" open={i === 0}>
                  <summary className="cursor-pointer text-sm text-blue-700">
                    Changes from v{previous.version}
                    {previous.title !== v.title ? " (title changed)" : ""}
                  </summary>
                  {previous.title !== v.title && (
                    <p className="mt-1 text-sm">
                      <del className="bg-red-100">{previous.title}</del> →{" "}
                      <ins className="bg-emerald-100 no-underline">{v.title}</ins>
                    </p>
                  )}
                  <div className="mt-2">
                    <VersionDiff before={previous.text} after={v.text} />
                  </div>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
