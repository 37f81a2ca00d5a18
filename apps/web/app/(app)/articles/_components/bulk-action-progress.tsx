"use client";
// One filter-wide bulk action (re-ingest or delete) as the worker runs it: done of total with a
// bar, the rate and the time left, followed live (topic bulk:<id>), with a Cancel button while it
// runs and its outcome once it ends (the list then reloads to show what changed).
import type { BulkActionView } from "@tidemark/articles";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { useLiveTopics } from "@/components/live/use-live-topics";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import { formatDuration } from "@/lib/format/duration";
import { formatCount } from "@/lib/format/numbers";

// What the live stream sends for a bulk:<id> topic (checked: it crosses the network).
const liveView = z.object({
  id: z.string(),
  kind: z.enum(["reingest", "delete"]),
  status: z.enum(["queued", "running", "done", "cancelled", "failed"]),
  total: z.number().nullable(),
  done: z.number(),
  affected: z.number(),
  skipped: z.number(),
  cancelRequested: z.boolean(),
  error: z.string().nullable(),
  rate: z.number().nullable(),
  etaSeconds: z.number().nullable(),
});
type LiveView = z.output<typeof liveView>;

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
const running = (v: LiveView) => v.status === "queued" || v.status === "running";

function outcome(v: LiveView): string {
  if (v.kind === "delete") return `Deleted ${plural(v.affected, "article")}.`;
  const skipped = v.skipped
    ? ` ${plural(v.skipped, "imported document")} with stored text skipped (no page to fetch).`
    : "";
  return `Re-ingest requested for ${plural(v.affected, "article")}.${skipped}`;
}

function progressText(v: LiveView): string {
  const verb = v.kind === "delete" ? "Deleting" : "Re-ingesting";
  if (v.status === "queued" || v.total === null)
    return `${verb} all matching articles: waiting for a worker…`;
  const pct = v.total > 0 ? ` (${Math.floor((v.done / v.total) * 100)}%)` : "";
  const rate = v.rate
    ? ` · ${v.rate < 10 ? v.rate.toFixed(1) : formatCount(Math.round(v.rate))} a second`
    : "";
  const eta = v.etaSeconds !== null && v.rate ? ` · about ${formatDuration(v.etaSeconds)} left` : "";
  const stopping = v.cancelRequested ? " · stopping…" : "";
  return `${verb}: ${formatCount(v.done)} of ${formatCount(v.total)}${pct}${rate}${eta}${stopping}`;
}

export function BulkActionProgress({ action, onDismiss }: { action: BulkActionView; onDismiss: () => void }) {
  const router = useRouter();
  const [view, setView] = useState<LiveView>(action);
  const [error, setError] = useState<string | null>(null);
  const active = running(view);
  useLiveTopics(active ? [`bulk:${action.id}`] : [], ({ state }) => {
    const parsed = liveView.safeParse(state);
    if (parsed.success) setView(parsed.data);
  });
  // When it ends, show the list as it is now (deleted rows gone, statuses changed).
  const wasActive = useRef(active);
  useEffect(() => {
    if (wasActive.current && !active) router.refresh();
    wasActive.current = active;
  }, [active, router]);

  async function cancel() {
    setError(null);
    try {
      const { action: now } = await apiFetch<{ action: BulkActionView }>(
        `/api/articles/bulk/actions/${action.id}/cancel`,
        { method: "POST" },
      );
      setView(now);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  if (active) {
    const max = view.total ?? 0;
    return (
      <div
        className="space-y-1.5 rounded-md border border-slate-200 bg-slate-50 px-3 py-2"
        data-testid="bulk-action"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-800" data-testid="bulk-action-progress" aria-live="polite">
            {progressText(view)}
          </p>
          <Button size="sm" variant="secondary" onClick={() => void cancel()} disabled={view.cancelRequested}>
            Cancel
          </Button>
        </div>
        <div
          role="progressbar"
          aria-label={view.kind === "delete" ? "Bulk delete progress" : "Bulk re-ingest progress"}
          aria-valuemin={0}
          aria-valuemax={max}
          aria-valuenow={Math.min(view.done, max)}
          aria-valuetext={`${view.done} of ${max}`}
          className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className="h-full bg-blue-600"
            style={{ width: `${max > 0 ? Math.min(100, (view.done / max) * 100) : 0}%` }}
          />
        </div>
        {error && <p className="text-xs text-red-700">{error}</p>}
      </div>
    );
  }
  const text =
    view.status === "done"
      ? outcome(view)
      : view.status === "cancelled"
        ? `Cancelled after ${formatCount(view.done)} of ${formatCount(view.total ?? view.done)}. ${outcome(view)}`
        : `The bulk action failed: ${view.error ?? "unknown error"}. ${outcome(view)}`;
  return (
    <Alert tone={view.status === "done" ? "success" : view.status === "cancelled" ? "warning" : "error"}>
      <span className="flex flex-wrap items-center justify-between gap-2">
        <span data-testid="bulk-result">{text}</span>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </span>
    </Alert>
  );
}
