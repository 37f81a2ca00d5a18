// Where else this text appears (its text family: copies on other sites, earliest first) and the
// story the article belongs to.
import { articleGrouping } from "@tidemark/stories";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";

export async function ArticleCopies({ articleId }: { articleId: string }) {
  const { db } = await authedDb();
  const grouping = await articleGrouping(db, articleId);
  if (!grouping) return null;
  const others = grouping.copies.filter((c) => c.id !== articleId);
  return (
    <Card>
      <CardHeader
        title="Copies and story"
        description={grouping.grouped ? undefined : "Grouping of the current text is still pending."}
      />
      <div className="space-y-3 p-4 text-sm">
        {grouping.story ? (
          <p>
            Story:{" "}
            <Link href={`/stories/${grouping.story.id}`} className="text-blue-700 hover:underline">
              {grouping.story.label || "untitled"}
            </Link>{" "}
            <span className="text-slate-500">
              ({formatCount(grouping.story.outletCount)} outlets, {formatCount(grouping.story.articleCount)}{" "}
              articles)
            </span>
          </p>
        ) : (
          <p className="text-slate-600">Not in a story yet.</p>
        )}
        {others.length === 0 ? (
          <p className="text-slate-600">No copies of this text found on other sites.</p>
        ) : (
          <div>
            <p className="mb-1 font-medium text-slate-800">
              The same text, {formatCount(grouping.copies.length)} copies (earliest first)
            </p>
            <ol className="space-y-1" aria-label="Copies of this text">
              {grouping.copies.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-2">
                  <span className="whitespace-nowrap text-slate-500">{formatDateTime(c.at)}</span>
                  {c.id === articleId ? (
                    <span className="font-medium">{c.sourceName ?? c.title ?? c.url} (this article)</span>
                  ) : (
                    <Link href={`/articles/${c.id}`} className="text-blue-700 hover:underline">
                      {c.sourceName ?? c.title ?? c.url}
                    </Link>
                  )}
                  {c.head && <Badge tone="blue">first</Badge>}
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </Card>
  );
}
