"use client";
// Bulk actions on the articles list: re-ingest, delete or export the ticked rows, or every result
// of the current filter (sent as the filter: re-ingest and delete become a background bulk action
// the worker runs, followed live below the bar with a Cancel button; it goes on if this page is
// closed, and shows again when the list is opened). Re-ingest and delete ask first, naming how
// many articles they touch; the outcome stays on screen.
import type { BulkActionView } from "@tidemark/articles";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { apiFetch, csrfToken, errorMessage } from "@/lib/client/api-fetch";
import { formatCount } from "@/lib/format/numbers";
import { BulkActionProgress } from "./bulk-action-progress";
import { useBulkSelection } from "./bulk-selection";

interface BulkBarProps {
  /** How many articles the filter matches, counted up to a cap. */
  total: { count: number; capped: boolean };
  /** The list's filter as a query string, without paging. */
  filter: string;
  /** Bulk actions running now (started here or elsewhere). */
  actions: BulkActionView[];
}

interface ReingestReport {
  matched: number;
  requested: number;
  skipped: number;
  queueError?: string;
}

interface Started {
  action: BulkActionView;
  queueWarning?: string;
}

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;

async function downloadSelection(ids: string[], format: "csv" | "json"): Promise<void> {
  const response = await fetch(`/api/articles/bulk/export?format=${format}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": csrfToken() },
    body: JSON.stringify({ ids }),
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`The export failed (${response.status}).`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = `tidemark-articles-selection.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BulkBar({ total, filter, actions }: BulkBarProps) {
  const router = useRouter();
  const { pageIds, scope, all, selectAll, clear } = useBulkSelection();
  const [working, setWorking] = useState<string | null>(null);
  const [result, setResult] = useState<{ tone: "success" | "warning" | "error"; text: string } | null>(null);
  const selectedCount = scope?.kind === "ids" ? scope.ids.length : 0;
  const what =
    scope?.kind === "all"
      ? total.capped
        ? `all articles matching this filter (more than ${formatCount(total.count)})`
        : `all ${plural(total.count, "article")} matching this filter`
      : plural(selectedCount, "selected article");
  const pageFull = selectedCount === pageIds.length && pageIds.length > 0;
  const morePages = total.capped || total.count > pageIds.length;

  // The actions shown: those the server listed, and those started here (kept after they end,
  // until dismissed, so their outcome stays on screen).
  const [tracked, setTracked] = useState<BulkActionView[]>(actions);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const listedKey = actions.map((a) => a.id).join(",");
  const [seenKey, setSeenKey] = useState(listedKey);
  if (seenKey !== listedKey) {
    setSeenKey(listedKey);
    setTracked((prev) => [...prev, ...actions.filter((a) => !prev.some((p) => p.id === a.id))]);
  }
  const shown = tracked.filter((a) => !dismissed.has(a.id));

  /** Every result of the filter: the server starts a background action and answers with it. */
  async function startAll(path: string): Promise<void> {
    const started = await apiFetch<Started>(path, { json: { filter } });
    setTracked((prev) => [started.action, ...prev.filter((a) => a.id !== started.action.id)]);
    setResult(started.queueWarning ? { tone: "warning", text: started.queueWarning } : null);
    clear();
  }

  async function reingest() {
    if (!scope) return;
    if (scope.kind === "all") return startAll("/api/articles/bulk/reingest");
    setWorking("Requesting re-ingest…");
    let report: ReingestReport;
    try {
      report = await apiFetch<ReingestReport>("/api/articles/bulk/reingest", { json: { ids: scope.ids } });
    } finally {
      setWorking(null);
    }
    const skipped = report.skipped
      ? ` ${plural(report.skipped, "imported document")} with stored text skipped (no page to fetch).`
      : "";
    const queue = report.queueError ? " The job queue is unreachable; workers will pick them up later." : "";
    setResult({
      tone: report.queueError ? "warning" : "success",
      text: `Re-ingest requested for ${plural(report.requested, "article")}.${skipped}${queue}`,
    });
    clear();
    router.refresh();
  }

  async function remove() {
    if (!scope) return;
    if (scope.kind === "all") return startAll("/api/articles/bulk/delete");
    setWorking("Deleting…");
    let deleted = 0;
    try {
      ({ deleted } = await apiFetch<{ deleted: number }>("/api/articles/bulk/delete", {
        json: { ids: scope.ids },
      }));
    } finally {
      setWorking(null);
      router.refresh();
    }
    setResult({ tone: "success", text: `Deleted ${plural(deleted, "article")}.` });
    clear();
  }

  async function exportAs(format: "csv" | "json") {
    if (scope?.kind !== "ids") return;
    setResult(null);
    try {
      await downloadSelection(scope.ids, format);
    } catch (err) {
      setResult({ tone: "error", text: errorMessage(err) });
    }
  }

  const allHref = (format: string) => {
    const params = new URLSearchParams(filter);
    params.set("format", format);
    return `/api/exports/articles?${params.toString()}`;
  };

  if (pageIds.length === 0 && !result && shown.length === 0) return null;
  return (
    <div className="space-y-2 border-b border-slate-200 px-3 py-2" data-testid="bulk-bar">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="mr-1 text-slate-700" data-testid="bulk-selected">
          {scope ? `Selected: ${what}` : "Tick articles to re-ingest, delete or export them."}
        </span>
        {pageFull && morePages && !all && (
          <Button size="sm" variant="ghost" className="text-blue-700" onClick={selectAll}>
            {total.capped
              ? `Select all results of this filter (more than ${formatCount(total.count)})`
              : `Select all ${formatCount(total.count)} results of this filter`}
          </Button>
        )}
        {scope && (
          <Button size="sm" variant="ghost" onClick={clear}>
            Clear selection
          </Button>
        )}
        <span className="flex flex-wrap items-center gap-2 sm:ml-auto">
          <ConfirmButton
            label="Re-ingest"
            title="Re-ingest articles?"
            description={`Fetch and extract ${what} again. Their current text stays until a new version arrives.`}
            confirmLabel="Re-ingest"
            confirmVariant="primary"
            variant="secondary"
            size="sm"
            disabled={!scope}
            progress={working}
            onConfirm={reingest}
          />
          <ConfirmButton
            label="Delete"
            title="Delete articles?"
            description={`Delete ${what}, with their versions and theme hits. This cannot be undone.`}
            confirmLabel="Delete"
            variant="secondary"
            size="sm"
            disabled={!scope}
            progress={working}
            onConfirm={remove}
          />
          {scope?.kind === "all" ? (
            <>
              <a className={buttonClasses("secondary", "sm")} href={allHref("csv")} download>
                Export CSV
              </a>
              <a className={buttonClasses("secondary", "sm")} href={allHref("json")} download>
                Export JSON
              </a>
            </>
          ) : (
            <>
              <Button size="sm" variant="secondary" disabled={!scope} onClick={() => void exportAs("csv")}>
                Export CSV
              </Button>
              <Button size="sm" variant="secondary" disabled={!scope} onClick={() => void exportAs("json")}>
                Export JSON
              </Button>
            </>
          )}
        </span>
      </div>
      {result && (
        <Alert tone={result.tone}>
          <span data-testid="bulk-result">{result.text}</span>
        </Alert>
      )}
      {shown.map((a) => (
        <BulkActionProgress
          key={a.id}
          action={a}
          onDismiss={() => setDismissed((prev) => new Set(prev).add(a.id))}
        />
      ))}
    </div>
  );
}
