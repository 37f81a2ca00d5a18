// The article's title and text with every theme's evidence highlighted in the theme's colour,
// and the themes it hit with their versions. Rendered as text, never as HTML.
import Link from "next/link";
import { HighlightedText, type ThemeStyle } from "@/components/articles/highlighted-text";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ArticleDetail } from "@/lib/articles/article-detail";
import type { Mark } from "@/lib/articles/highlight";

export function ArticleText({ article }: { article: ArticleDetail }) {
  const styles = new Map<string, ThemeStyle>(
    article.hits.map((h) => [h.themeId, { id: h.themeId, name: h.name, color: h.color }]),
  );
  const marks = (field: "title" | "text"): Mark[] =>
    article.hits.flatMap((hit) =>
      hit.evidence
        .filter((e) => e.field === field)
        .flatMap((e) => e.spans.map(([start, end]) => ({ start, end, themeId: hit.themeId }))),
    );
  return (
    <Card>
      <CardHeader
        title="Text"
        description={
          article.hits.length > 0
            ? "Evidence of each theme is highlighted in its colour."
            : "No theme matches this article."
        }
      />
      {article.hits.length > 0 && (
        <ul
          className="flex flex-wrap gap-2 border-b border-slate-100 px-4 py-3"
          aria-label="Themes this article hits"
        >
          {article.hits.map((hit) => (
            <li
              key={hit.themeId}
              className="flex items-center gap-1.5 rounded-full border border-slate-200 px-2 py-0.5 text-sm"
            >
              <span
                aria-hidden="true"
                className="size-2.5 rounded-full"
                style={{ backgroundColor: hit.color }}
              />
              <Link href={`/themes/${hit.themeId}`} className="font-medium hover:underline">
                {hit.name}
              </Link>
              <span className="text-xs text-slate-500">
                v{hit.version} · {hit.mentions} mention{hit.mentions === 1 ? "" : "s"}
              </span>
              {!hit.counted && <Badge tone="amber">pending version</Badge>}
            </li>
          ))}
        </ul>
      )}
      <CardBody>
        {article.title && (
          <h2 className="mb-3 text-lg font-semibold leading-snug">
            <HighlightedText text={article.title} marks={marks("title")} themes={styles} />
          </h2>
        )}
        {article.text ? (
          <div className="max-w-prose whitespace-pre-wrap text-[15px] leading-7 text-slate-800">
            <HighlightedText text={article.text} marks={marks("text")} themes={styles} />
          </div>
        ) : (
          <p className="text-sm text-slate-500">
            No text yet{article.status === "failed" ? ": the last attempt failed." : "."}
          </p>
        )}
      </CardBody>
    </Card>
  );
}
