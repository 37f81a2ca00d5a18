// What we know about an article and where each fact came from.
import type { DateSource } from "@tidemark/db";
import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import type { ArticleDetail } from "@/lib/articles/article-detail";
import { sourceLabel } from "@/lib/articles/list-sources";
import { formatDateTime } from "@/lib/format/dates";
import { DATE_SOURCE_LABELS } from "@/lib/format/labels";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-2 py-1.5">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words text-sm text-slate-800">{children}</dd>
    </div>
  );
}

export function ArticleMetadata({ article }: { article: ArticleDetail }) {
  const provenance = (source: DateSource) => (
    <span className="text-xs text-slate-500"> ({DATE_SOURCE_LABELS[source]})</span>
  );
  return (
    <Card>
      <CardHeader title="Metadata" />
      <dl className="divide-y divide-slate-100 px-4 py-2">
        <Row label="Source">
          {article.source ? (
            <Link href={`/articles?source=${article.source.id}`} className="text-blue-700 hover:underline">
              {sourceLabel(article.source)}
            </Link>
          ) : (
            "—"
          )}
        </Row>
        <Row label="Published">
          {article.publishedAt
            ? formatDateTime(article.publishedAt)
            : "undated — counted under its fetch date, as undated fallback"}
          {provenance(article.publishedAtSource)}
          {article.publishedAtIsModified &&
            " · the page gives only a modified date, used as the publication date"}
        </Row>
        {article.modifiedAt && (
          <Row label="Modified">
            {formatDateTime(article.modifiedAt)}
            {provenance(article.modifiedAtSource)}
          </Row>
        )}
        <Row label="Authors">
          {article.authors.length > 0 ? article.authors.join(", ") : (article.byline ?? "—")}
        </Row>
        <Row label="Language">{article.language ?? "—"}</Row>
        <Row label="Words">{article.wordCount?.toLocaleString("en-US") ?? "—"}</Row>
        <Row label="Submitted">
          {article.intake === "file" ? `file ${article.filePath ?? ""}` : article.submittedUrl}
        </Row>
        {article.canonicalUrl && article.canonicalUrl !== article.normalizedUrl && (
          <Row label="Canonical URL">{article.canonicalUrl}</Row>
        )}
        <Row label="Fetched">
          {formatDateTime(article.fetchedAt)}
          {article.httpStatus !== null && (
            <span className="text-xs text-slate-500"> (HTTP {article.httpStatus})</span>
          )}
        </Row>
        <Row label="Last checked">
          {article.lastCheckedAt ? (
            <time dateTime={article.lastCheckedAt.toISOString()} data-testid="last-checked">
              {formatDateTime(article.lastCheckedAt)}
            </time>
          ) : (
            <span data-testid="last-checked">never re-checked</span>
          )}
          {article.refetchRequestedAt && (
            <span className="block text-xs text-amber-800">
              Re-fetch requested {formatDateTime(article.refetchRequestedAt)}, waiting for a worker…
            </span>
          )}
        </Row>
        <Row label="Extractor">{article.extractorVersion ?? "—"}</Row>
        <Row label="Attempts">{article.attempts}</Row>
        <Row label="Added">{formatDateTime(article.createdAt)}</Row>
      </dl>
    </Card>
  );
}
