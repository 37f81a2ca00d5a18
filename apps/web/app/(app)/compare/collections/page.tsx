// Compare collections: one theme's share of coverage in several source collections side by side
// (how US national outlets, Chinese state media and the trade press cover it). Each share is of
// that collection's own coverage.
import { listCollections } from "@tidemark/collections";
import type { Metadata } from "next";
import Link from "next/link";
import { CollectionChart } from "@/components/charts/collection-chart";
import { Sparkline } from "@/components/charts/sparkline";
import { RangeControls } from "@/components/themes/range-controls";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { authedDb } from "@/lib/auth/authed-db";
import { collectionSeries } from "@/lib/collections/collection-series";
import { formatBucket, formatDay } from "@/lib/format/dates";
import { formatCount, formatShare } from "@/lib/format/numbers";
import type { RawParams } from "@/lib/search-params/schemas";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import { distinctColors } from "@/lib/themes/display-colors";
import { readRange } from "@/lib/themes/read-range";

export const metadata: Metadata = { title: "Compare collections" };

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

export default async function CompareCollectionsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { db } = await authedDb();
  const raw = await searchParams;
  const { collection: _ignored, ...rawRange } = raw;
  const [{ range, error }, collections, themes] = await Promise.all([
    readRange(db, rawRange),
    listCollections(db),
    db.theme.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const themeId = themes.find((t) => t.id === raw.theme)?.id ?? themes[0]?.id ?? null;
  const requested = list(raw.side);
  const chosen = collections.filter((c) => requested.includes(c.id));
  const sides = chosen.length > 0 ? chosen : collections.slice(0, 4);
  const result = themeId
    ? await collectionSeries(
        db,
        themeId,
        sides.map((c) => ({ id: c.id, name: c.name })),
        range,
      )
    : null;
  // Collections have no colour of their own: each takes its place in the 24-colour palette.
  const colors = distinctColors(sides.map((c) => ({ id: c.id })));
  const themeName = themes.find((t) => t.id === themeId)?.name ?? "";

  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/compare" className="text-blue-700 hover:underline">
          ← Compare themes
        </Link>
      </nav>
      <PageHeader
        title="Compare collections"
        description="One theme's share of coverage in each collection of outlets: matching articles ÷ all dated articles from that collection's outlets."
      />
      {collections.length === 0 || themes.length === 0 ? (
        <EmptyState title={collections.length === 0 ? "No collections yet" : "No themes yet"}>
          {collections.length === 0 ? (
            <Link href="/sources" className="text-blue-700 underline">
              Group outlets into collections on the Sources page
            </Link>
          ) : (
            <Link href="/themes/new" className="text-blue-700 underline">
              Define a theme
            </Link>
          )}
        </EmptyState>
      ) : (
        <Card>
          <CardHeader
            title={`${themeName} across collections`}
            description={`${formatDay(range.from)} – ${formatDay(range.to)} · by ${range.unit} · ${range.timezone}${result?.version ? ` · numbers from v${result.version}` : ""}`}
          />
          <form
            method="get"
            aria-label="Theme and collections"
            className="flex flex-wrap items-end gap-4 border-b border-slate-100 px-4 py-3 text-sm"
          >
            <label className="flex flex-col gap-1 text-xs font-medium text-slate-600" htmlFor="cc-theme">
              Theme
              <Select id="cc-theme" name="theme" defaultValue={themeId ?? ""} className="w-56">
                {themes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </Select>
            </label>
            <fieldset className="flex flex-wrap gap-3">
              <legend className="mb-1 text-xs font-medium text-slate-600">Collections</legend>
              {collections.map((c) => (
                <label key={c.id} className="flex items-center gap-1.5">
                  <input
                    type="checkbox"
                    name="side"
                    value={c.id}
                    defaultChecked={sides.some((s) => s.id === c.id)}
                  />
                  {c.name}
                </label>
              ))}
            </fieldset>
            {(["unit", "tz", "from", "to"] as const).map((k) =>
              typeof raw[k] === "string" ? <input key={k} type="hidden" name={k} value={raw[k]} /> : null,
            )}
            <button type="submit" className={buttonClasses("primary")}>
              Compare
            </button>
          </form>
          <div className="border-b border-slate-100 px-4 py-3">
            <RangeControls
              range={range}
              sources={[]}
              keep={{ theme: themeId ?? "", side: sides.map((s) => s.id) }}
              idPrefix="cc"
            />
          </div>
          {error && (
            <p className="px-4 py-2 text-sm text-amber-800">
              Some view settings were invalid and were reset: {error}
            </p>
          )}
          {result && themeId && (
            <>
              <div className="border-b border-slate-100 px-2 py-2">
                <CollectionChart
                  label={`${themeName}: share of each collection's coverage by ${range.unit}`}
                  exportName={`${themeName}-collections`}
                  themeId={themeId}
                  buckets={result.buckets}
                  collections={result.collections.map((c) => ({
                    id: c.collection.id,
                    name: c.collection.name,
                    color: colors.get(c.collection.id) ?? "#0072b2",
                    counts: c.counts,
                    totals: c.totals,
                  }))}
                  range={range}
                />
              </div>
              <Table>
                <thead>
                  <tr>
                    <Th>Collection</Th>
                    <Th numeric>Outlets</Th>
                    <Th numeric>Matching</Th>
                    <Th numeric>All articles</Th>
                    <Th numeric>Share</Th>
                    <Th>Trend (share)</Th>
                  </tr>
                </thead>
                <tbody>
                  {result.collections.map((c) => (
                    <tr key={c.collection.id} data-testid="collection-row">
                      <Td>
                        <Link
                          href={`/sources/collections/${c.collection.id}`}
                          className="font-medium text-blue-700 hover:underline"
                        >
                          {c.collection.name}
                        </Link>
                      </Td>
                      <Td numeric>{formatCount(c.collection.sources)}</Td>
                      <Td numeric>
                        <Link
                          href={countedArticlesHref(themeId, {
                            ...range,
                            collectionIds: [c.collection.id],
                            givenSourceIds: [],
                          })}
                          className="text-blue-700 hover:underline"
                        >
                          {formatCount(c.hits)}
                        </Link>
                      </Td>
                      <Td numeric>{formatCount(c.total)}</Td>
                      <Td numeric>{formatShare(c.share)}</Td>
                      <Td>
                        <Sparkline
                          values={c.shares}
                          color={colors.get(c.collection.id) ?? "#2563eb"}
                          label={`${c.collection.name}: share of coverage by ${range.unit}`}
                        />
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <details className="border-t border-slate-100">
                <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-slate-700">
                  Numbers per {range.unit}
                </summary>
                <div className="overflow-x-auto">
                  <Table>
                    <thead>
                      <tr>
                        <Th>{range.unit}</Th>
                        {result.collections.map((c) => (
                          <Th key={c.collection.id} numeric>
                            {c.collection.name}
                          </Th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {result.buckets.map((bucket, i) => (
                        <tr key={bucket}>
                          <Td>{formatBucket(bucket, range.unit)}</Td>
                          {result.collections.map((c) => (
                            <Td
                              key={c.collection.id}
                              numeric
                              title={`${c.counts[i] ?? 0} of ${c.totals[i] ?? 0} articles`}
                            >
                              {formatShare(c.shares[i])}{" "}
                              <span className="text-xs text-slate-500">
                                ({c.counts[i] ?? 0}/{c.totals[i] ?? 0})
                              </span>
                            </Td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                </div>
              </details>
            </>
          )}
        </Card>
      )}
    </>
  );
}
