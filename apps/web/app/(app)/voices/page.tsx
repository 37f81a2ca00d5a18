// Voices: who the coverage quotes, most first — overall or for one theme (?theme=…), by outlet and
// over time, each voice with its latest quote and the article it is in. Speakers rolled up to a
// tracked person or organisation count as that entity ("a ByteDance spokesperson" is ByteDance).

import type { Metadata } from "next";
import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listSources } from "@/lib/articles/list-sources";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDay } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import { type RawParams, withParams } from "@/lib/search-params/schemas";
import { readVoicesParams } from "@/lib/voices/voices-params";
import { voicesView } from "@/lib/voices/voices-view";
import { KIND_LABELS, VoicesFilters } from "./_components/voices-filters";

export const metadata: Metadata = { title: "Voices" };

const KIND_TONES = { person: "violet", organisation: "blue", unnamed: "neutral" } as const;

export default async function VoicesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { db } = await authedDb();
  const raw = await searchParams;
  const { query, error } = readVoicesParams(raw);
  const [themes, sources, view] = await Promise.all([
    db.theme.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    listSources(db, 100),
    voicesView(db, query),
  ]);
  const theme = themes.find((t) => t.id === query.theme);
  const buckets = [...new Set(view.series.map((p) => p.bucket))].sort();
  const outletsOf = (key: string) => view.byOutlet.filter((o) => o.voiceKey === key);
  const page = (offset: number) =>
    `/voices${withParams(raw, { offset: offset > 0 ? String(offset) : undefined })}`;

  return (
    <>
      <PageHeader
        title={theme ? `Voices in ${theme.name}` : "Voices"}
        description="Who is quoted, most first. Speakers are merged with tracked people and organisations: a company's spokespeople and named officials count as the company."
        actions={
          theme && (
            <Link href={`/themes/${theme.id}`} className={buttonClasses("secondary")}>
              Back to {theme.name}
            </Link>
          )
        }
      />
      {error && (
        <Alert tone="error" className="mb-4">
          Some filters were not understood and were reset: {error}
        </Alert>
      )}
      <Card className="mb-4 p-4">
        <VoicesFilters query={query} themes={themes} sources={sources} />
      </Card>
      <Card>
        <CardHeader
          title="Most quoted"
          description="Quotes, articles and outlets per voice, with the latest quote."
        />
        {view.voices.length === 0 ? (
          <div className="p-4">
            <EmptyState title="No quoted voices here yet">
              Quotes are extracted when articles are tagged; articles from before this feature get theirs from
              the quotes backfill (Settings, or <code>tidemark voices backfill</code>).
            </EmptyState>
          </div>
        ) : (
          <>
            {/* Under md the voices are cards (a six-column table would hide the quote off-screen). */}
            <ul aria-label="Voices" className="divide-y divide-slate-100 md:hidden">
              {view.voices.map((v) => (
                <li key={v.voiceKey} className="space-y-1 px-4 py-3 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{v.label}</span>
                    <Badge tone={KIND_TONES[v.kind]}>{KIND_LABELS[v.kind]}</Badge>
                  </div>
                  <p className="text-slate-600">
                    {formatCount(v.quotes)} quotes in {formatCount(v.articles)} articles
                    {outletsOf(v.voiceKey).length > 0 &&
                      ` · ${outletsOf(v.voiceKey)
                        .slice(0, 3)
                        .map((o) => `${o.outlet} ${formatCount(o.quotes)}`)
                        .join(
                          ", ",
                        )}${outletsOf(v.voiceKey).length > 3 ? ` +${outletsOf(v.voiceKey).length - 3} more` : ""}`}
                  </p>
                  <blockquote className="break-words text-slate-800">{v.latest.quote}</blockquote>
                  <p className="break-words text-xs text-slate-500">
                    <Link className="underline" href={`/articles/${v.latest.articleId}`}>
                      {v.latest.title ?? v.latest.url}
                    </Link>
                    {v.latest.outlet ? ` (${v.latest.outlet}, ${formatDay(v.latest.at)})` : ""}
                  </p>
                </li>
              ))}
            </ul>
            <div className="hidden md:block">
              <Table>
                <thead>
                  <tr>
                    <Th>Voice</Th>
                    <Th numeric>Quotes</Th>
                    <Th numeric>Articles</Th>
                    <Th>By outlet</Th>
                    <Th>Over time</Th>
                    <Th>Latest quote</Th>
                  </tr>
                </thead>
                <tbody>
                  {view.voices.map((v) => {
                    const counts = new Map(
                      view.series.filter((p) => p.voiceKey === v.voiceKey).map((p) => [p.bucket, p.quotes]),
                    );
                    return (
                      <tr key={v.voiceKey}>
                        <Td>
                          <div className="font-medium">{v.label}</div>
                          <Badge tone={KIND_TONES[v.kind]}>{KIND_LABELS[v.kind]}</Badge>
                          {v.names.some((n) => n !== v.label) && (
                            <div className="mt-1 text-xs text-slate-500">as {v.names.join(", ")}</div>
                          )}
                        </Td>
                        <Td numeric>{formatCount(v.quotes)}</Td>
                        <Td numeric>{formatCount(v.articles)}</Td>
                        <Td className="text-xs">
                          <ul>
                            {outletsOf(v.voiceKey)
                              .slice(0, 4)
                              .map((o) => (
                                <li key={o.sourceId ?? "none"}>
                                  {o.outlet} <span className="text-slate-500">{formatCount(o.quotes)}</span>
                                </li>
                              ))}
                            {outletsOf(v.voiceKey).length > 4 && (
                              <li className="text-slate-500">+{outletsOf(v.voiceKey).length - 4} more</li>
                            )}
                          </ul>
                        </Td>
                        <Td>
                          <Sparkline
                            values={buckets.map((b) => counts.get(b) ?? 0)}
                            color="#7c3aed"
                            label={`Quotes of ${v.label} per ${query.unit}`}
                          />
                        </Td>
                        <Td className="max-w-md text-sm">
                          <blockquote className="text-slate-800">{v.latest.quote}</blockquote>
                          <div className="mt-1 text-xs text-slate-500">
                            {v.latest.speakerName}
                            {v.latest.speakerRole && v.latest.speakerRole !== v.latest.speakerName
                              ? `, ${v.latest.speakerRole}`
                              : ""}{" "}
                            —{" "}
                            <Link className="underline" href={`/articles/${v.latest.articleId}`}>
                              {v.latest.title ?? v.latest.url}
                            </Link>
                            {v.latest.outlet ? ` (${v.latest.outlet}, ${formatDay(v.latest.at)})` : ""}
                          </div>
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </div>
          </>
        )}
        {(query.offset > 0 || view.page.hasMore) && (
          <nav aria-label="Pages" className="flex justify-between p-3 text-sm">
            {query.offset > 0 ? (
              <Link
                href={page(Math.max(0, query.offset - query.limit))}
                className={buttonClasses("secondary")}
              >
                Previous
              </Link>
            ) : (
              <span />
            )}
            {view.page.hasMore && (
              <Link href={page(query.offset + query.limit)} className={buttonClasses("secondary")}>
                Next
              </Link>
            )}
          </nav>
        )}
      </Card>
    </>
  );
}
