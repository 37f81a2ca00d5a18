// One card per queue: how much work waits, runs, is scheduled for later, and has failed.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatCount } from "@/lib/format/numbers";
import type { QueueCounts } from "@/lib/health/queue-health";
import { RetryButton } from "./retry-button";

const DESCRIPTIONS: Record<string, string> = {
  ingest: "Fetch and extract articles",
  themes: "Tag articles, backfill themes",
  maintenance: "Reconcile and schedules",
};

export function QueueCards({ queues, canEdit }: { queues: QueueCounts[]; canEdit: boolean }) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {queues.map(({ queue, counts }) => (
        <Card key={queue} className="p-4">
          <div className="flex items-start justify-between gap-2">
            <div>
              <h3 className="font-semibold capitalize">{queue}</h3>
              <p className="text-xs text-slate-500">{DESCRIPTIONS[queue] ?? ""}</p>
            </div>
            {canEdit && counts.failed > 0 && <RetryButton queue={queue} label="Retry all failed" />}
          </div>
          <dl className="mt-3 grid grid-cols-4 gap-2 text-center">
            {(["waiting", "active", "delayed", "failed"] as const).map((state) => (
              <div
                key={state}
                className={
                  state === "failed" && counts.failed > 0 ? "rounded bg-red-50" : "rounded bg-slate-50"
                }
              >
                <dt className="text-[11px] uppercase tracking-wide text-slate-600">{state}</dt>
                <dd
                  className={`text-lg font-semibold tabular-nums ${state === "failed" && counts.failed > 0 ? "text-red-700" : ""}`}
                >
                  {state === "failed" && counts.failed > 0 ? (
                    <Link href="#failed-jobs">{formatCount(counts.failed)}</Link>
                  ) : (
                    formatCount(state === "waiting" ? counts.waiting + counts.prioritized : counts[state])
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-xs text-slate-500">{formatCount(counts.completed)} completed jobs kept</p>
        </Card>
      ))}
    </div>
  );
}
