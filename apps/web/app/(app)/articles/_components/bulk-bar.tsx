"use client";
// Bulk actions on the articles list: re-ingest, delete or export the ticked rows, or every result
// of the current filter (sent as the filter; the server works through it in batches). Re-ingest
// and delete ask first, naming how many articles they touch; the outcome stays on screen.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { apiFetch, csrfToken, errorMessage } from "@/lib/client/api-fetch";
import { formatCount } from "@/lib/format/numbers";
import { type BulkScope, useBulkSelection } from "./bulk-selection";

interface BulkBarProps {
  /** How many articles the filter matches, counted up to a cap. */
  total: { count: number; capped: boolean };
  /** The list's filter as a query string, without paging. */
  filter: string;
}

interface ReingestReport {
  matched: number;
  requested: number;
  skipped: number;
  queueError?: string;
  next: string | null;
}

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;

function body(scope: BulkScope, filter: string) {
  return scope.kind === "all" ? { filter } : { ids: scope.ids };
}

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

export function BulkBar({ total, filter }: BulkBarProps) {
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

  /** Runs an action to its end: a filter takes several calls, each going on from the last. */
  async function runAll<T extends { next: string | null }>(
    path: string,
    target: BulkScope,
    step: (report: T) => void,
  ): Promise<void> {
    let after: string | null = null;
    do {
      const json: object =
        target.kind === "all" ? { filter, ...(after ? { after } : {}) } : { ids: target.ids };
      const report: T = await apiFetch<T>(path, { json });
      step(report);
      after = report.next;
    } while (after);
  }

  async function reingest() {
    if (!scope) return;
    const total = { requested: 0, skipped: 0, queueError: undefined as string | undefined };
    try {
      await runAll<ReingestReport>("/api/articles/bulk/reingest", scope, (report) => {
        total.requested += report.requested;
        total.skipped += report.skipped;
        total.queueError ??= report.queueError;
        setWorking(`Re-ingest requested for ${plural(total.requested, "article")} so far…`);
      });
    } finally {
      setWorking(null);
    }
    const skipped = total.skipped
      ? ` ${plural(total.skipped, "imported document")} with stored text skipped (no page to fetch).`
      : "";
    const queue = total.queueError ? " The job queue is unreachable; workers will pick them up later." : "";
    setResult({
      tone: total.queueError ? "warning" : "success",
      text: `Re-ingest requested for ${plural(total.requested, "article")}.${skipped}${queue}`,
    });
    clear();
    router.refresh();
  }

  async function remove() {
    if (!scope) return;
    let deleted = 0;
    try {
      await runAll<{ deleted: number; next: string | null }>("/api/articles/bulk/delete", scope, (report) => {
        deleted += report.deleted;
        setWorking(`Deleted ${plural(deleted, "article")} so far…`);
      });
    } finally {
      setWorking(null);
      // What was deleted is gone even if a later call failed: show the list as it is now.
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

  if (pageIds.length === 0 && !result) return null;
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
    </div>
  );
}
