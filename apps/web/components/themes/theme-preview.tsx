"use client";
// What the definition being edited would match, before saving: count, share, weekly trend and
// sample sentences; next to the saved definition's numbers when editing.
import Link from "next/link";
import { EvidenceSnippet } from "@/components/articles/evidence-snippet";
import { Sparkline } from "@/components/charts/sparkline";
import { formatDay } from "@/lib/format/dates";
import { formatCount, formatShare } from "@/lib/format/numbers";
import type { PreviewResponse } from "./use-definition-preview";

interface ThemePreviewProps {
  result: PreviewResponse | null;
  loading: boolean;
  error: string | null;
  color: string;
  name: string;
  /** The saved definition's preview, for comparison while editing. */
  saved?: PreviewResponse | null;
}

export function ThemePreview({ result, loading, error, color, name, saved }: ThemePreviewProps) {
  const theme = { id: "preview", name: name || "Preview", color };
  const savedMatched = saved?.ok ? saved.matched : null;
  return (
    <section
      aria-labelledby="preview-title"
      aria-busy={loading}
      className="rounded-lg border border-slate-200 bg-white"
    >
      <div className="flex items-center justify-between border-b border-slate-100 px-4 py-3">
        <h2 id="preview-title" className="text-base font-semibold">
          Live preview
        </h2>
        <span className="text-xs text-slate-500" aria-live="polite">
          {loading
            ? "Updating…"
            : result?.ok
              ? result.estimate
                ? `Estimated from a fixed random sample of ${formatCount(result.estimate.sampled)} articles (${formatShare(result.estimate.fraction)}) in ${result.tookMs} ms`
                : `All ${formatCount(result.scanned)} candidates read in ${result.tookMs} ms`
              : ""}
        </span>
      </div>
      <div className="space-y-4 p-4">
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        {!result && !error && (
          <p className="text-sm text-slate-500">Type a definition to see what it matches.</p>
        )}
        {result && !result.ok && (
          <p className="text-sm text-slate-600">Fix the definition to see a preview.</p>
        )}
        {result?.ok && (
          <>
            <div className="flex flex-wrap items-end gap-6">
              <div>
                <p className="text-xs text-slate-500">Matches</p>
                <p className="text-2xl font-semibold tabular-nums" data-testid="preview-matched">
                  {result.estimate ? (
                    <>
                      ≈ {formatCount(result.matched)}{" "}
                      <span className="text-base font-normal text-slate-600">
                        ± {formatCount(result.estimate.margin)}{" "}
                        <abbr title="Estimated from a fixed random sample of the corpus; ± is the 95% margin of error">
                          (sample)
                        </abbr>
                      </span>
                    </>
                  ) : (
                    formatCount(result.matched)
                  )}
                </p>
                <p className="text-xs text-slate-500">
                  of {result.estimate ? "≈ " : ""}
                  {formatCount(result.corpus)} articles (
                  {formatShare(result.corpus > 0 ? result.matched / result.corpus : null)})
                  {result.matchedUndated > 0 && `, ${formatCount(result.matchedUndated)} undated`}
                </p>
                {result.estimate && (
                  <p className="text-xs text-slate-500" data-testid="preview-estimate-note">
                    {formatCount(result.estimate.sampleMatches)} matches in the sample. The exact count
                    follows when you save (the backfill reads every article).
                  </p>
                )}
              </div>
              {savedMatched !== null && (
                <div>
                  <p className="text-xs text-slate-500">Saved definition</p>
                  <p
                    className="text-2xl font-semibold tabular-nums text-slate-500"
                    data-testid="preview-saved"
                  >
                    {formatCount(savedMatched)}
                  </p>
                  <p className="text-xs text-slate-500">
                    {result.matched === savedMatched
                      ? "no change"
                      : `${result.matched > savedMatched ? "+" : "−"}${formatCount(Math.abs(result.matched - savedMatched))} with this edit`}
                  </p>
                </div>
              )}
              <div>
                <p className="text-xs text-slate-500">Weekly share</p>
                <Sparkline
                  values={result.weekly.map((w) => w.share)}
                  color={color}
                  width={220}
                  height={40}
                  label="Weekly share of coverage of the previewed definition"
                />
              </div>
            </div>
            {result.samples.length > 0 ? (
              <ul className="space-y-2">
                {result.samples.map((sample) => (
                  <li key={sample.articleId}>
                    <Link
                      href={`/articles/${sample.articleId}`}
                      className="text-sm font-medium text-blue-700 hover:underline"
                      target="_blank"
                    >
                      {sample.title ?? "Untitled"}
                    </Link>{" "}
                    <span className="text-xs text-slate-500">
                      {sample.publishedAt ? formatDay(sample.publishedAt) : "undated"}
                    </span>
                    {sample.evidence[0] && (
                      <div className="mt-0.5">
                        <EvidenceSnippet evidence={sample.evidence[0]} theme={theme} />
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">No article matches this definition yet.</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
