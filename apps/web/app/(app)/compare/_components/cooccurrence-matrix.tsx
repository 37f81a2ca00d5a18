// Which themes are reported together: articles hitting both, and lift (how much more often than
// if they were independent). The diagonal holds each theme's own hits.
import type { CooccurrenceResult } from "@tidemark/themes/analytics";
import { ExportMenu } from "@/components/export/export-menu";
import { Card, CardHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/authenticate";
import { formatCount, formatRatio } from "@/lib/format/numbers";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import type { ResolvedRange } from "@/lib/themes/range-query";
import { HeatCell } from "./heat-cell";

interface Props {
  themes: { id: string; name: string; color: string }[];
  /** Read in the page's snapshot (lib/compare/compare-figures.ts), for these themes. */
  result: Promise<CooccurrenceResult | null>;
  range: ResolvedRange;
  query: string;
}

export async function CooccurrenceMatrix({ themes, result: pending, range, query }: Props) {
  // The page read the data after its own check; a streamed section checks too (cached per request).
  await requireUser();
  const result = await pending;
  if (!result) return null;
  const pair = new Map(
    result.pairs.flatMap(
      (p) =>
        [
          [`${p.a}|${p.b}`, p],
          [`${p.b}|${p.a}`, p],
        ] as const,
    ),
  );
  const hits = new Map(result.themes.map((t) => [t.themeId, t.hits]));
  const maxLift = Math.max(1, ...result.pairs.map((p) => p.lift ?? 0));
  return (
    <Card>
      <CardHeader
        title="Co-occurrence"
        description={`Articles hitting both themes, and lift = observed ÷ expected if independent (>1× = reported together more than chance) among ${formatCount(result.articles)} dated articles.`}
        actions={<ExportMenu dataset="cooccurrence" query={query} />}
      />
      <div className="overflow-x-auto p-4">
        <table className="border-collapse text-sm">
          <thead>
            <tr>
              <td />
              {themes.map((t) => (
                <th
                  key={t.id}
                  scope="col"
                  className="max-w-28 px-2 py-1 text-center text-xs font-semibold text-slate-700"
                >
                  {t.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="px-2 py-1 text-left text-xs font-semibold text-slate-700">
                  <span
                    className="mr-1 inline-block size-2 rounded-full"
                    style={{ backgroundColor: row.color }}
                    aria-hidden="true"
                  />
                  {row.name}
                </th>
                {themes.map((col) => {
                  if (row.id === col.id) {
                    const n = hits.get(row.id) ?? 0;
                    return (
                      <td
                        key={col.id}
                        className="border border-white bg-slate-100 px-2 py-1.5 text-center text-xs text-slate-600"
                        title={`${row.name}: ${n} articles`}
                      >
                        {formatCount(n)}
                      </td>
                    );
                  }
                  const p = pair.get(`${row.id}|${col.id}`);
                  const lift = p?.lift ?? null;
                  return (
                    <HeatCell
                      key={col.id}
                      hue="red"
                      intensity={
                        lift !== null && lift > 1 ? Math.log(lift) / Math.log(Math.max(2, maxLift)) : 0
                      }
                      href={p && p.both > 0 ? countedArticlesHref([row.id, col.id], range) : undefined}
                      label={`${row.name} and ${col.name}: ${p?.both ?? 0} articles, lift ${formatRatio(lift)}`}
                    >
                      {formatCount(p?.both ?? 0)}
                      <span className="block text-[11px] opacity-80">
                        {lift === null ? "—" : formatRatio(lift)}
                      </span>
                    </HeatCell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
