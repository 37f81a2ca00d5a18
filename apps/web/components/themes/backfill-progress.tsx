"use client";
// Progress of a theme's backfill, with a cancel button. The theme page is live (server-sent
// events): each step of the backfill re-renders it, and when the backfill finishes the chart
// switches to the new version.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import type { ActiveBackfill } from "@/lib/themes/backfill-status";

interface BackfillState {
  backfill: ActiveBackfill | null;
  seriesVersion: number | null;
  currentVersion: number | null;
}

export function BackfillProgress({ initial }: { initial: BackfillState }) {
  // The page follows the backfill live (LiveRefresh on theme:<id>) and re-renders with new
  // figures; only the cancel request is this component's own state.
  const [cancelSent, setCancelSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const state = {
    ...initial,
    backfill: initial.backfill
      ? {
          ...initial.backfill,
          cancelRequested: initial.backfill.cancelRequested || cancelSent === initial.backfill.id,
        }
      : null,
  };

  async function cancel() {
    if (!state.backfill) return;
    try {
      await apiFetch(`/api/backfills/${state.backfill.id}/cancel`, { method: "POST" });
      setCancelSent(state.backfill.id);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const b = state.backfill;
  if (!b) return null;
  const pct = Math.floor(b.progress * 100);
  return (
    <div className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3" aria-live="polite">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium text-amber-900">
            v{b.version} pending: backfill {pct}%{b.cancelRequested ? " — cancelling…" : ""}
          </p>
          <p className="text-xs text-amber-800">
            {b.status === "queued"
              ? "Waiting for a worker."
              : `${b.done.toLocaleString("en-US")} of ${b.total.toLocaleString("en-US")} articles re-tagged, ${b.matched.toLocaleString("en-US")} matched so far.`}{" "}
            The numbers below still come from v{state.seriesVersion ?? "–"} until the backfill completes.
          </p>
          <div
            className="mt-2 h-2 overflow-hidden rounded-full bg-amber-100"
            role="progressbar"
            aria-label={`Backfill of v${b.version}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={pct}
          >
            <div className="h-full bg-amber-500 transition-all" style={{ width: `${pct}%` }} />
          </div>
        </div>
        <Dialog>
          <DialogTrigger asChild>
            <Button variant="secondary" size="sm" disabled={b.cancelRequested}>
              Cancel backfill
            </Button>
          </DialogTrigger>
          <DialogContent
            title={`Cancel the backfill of v${b.version}?`}
            description={`The series keep showing v${state.seriesVersion ?? "–"}. The new definition stays in the version history; save it again to restart.`}
          >
            <div className="flex justify-end gap-2">
              <DialogClose asChild>
                <Button variant="secondary">Keep running</Button>
              </DialogClose>
              <DialogClose asChild>
                <Button variant="danger" onClick={() => void cancel()}>
                  Cancel backfill
                </Button>
              </DialogClose>
            </div>
          </DialogContent>
        </Dialog>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
