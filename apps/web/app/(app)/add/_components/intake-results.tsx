"use client";
// One line per submitted URL or record: created (with its live status), already there (with the
// existing article's live status: a URL that failed before says so, with a retry button), or
// invalid (with the reason). A failed article can be retried from its line.
import Link from "next/link";
import { useState } from "react";
import { StatusBadge } from "@/components/articles/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import { failureLabel } from "@/lib/format/labels";
import { type LiveStatus, useLiveStatuses } from "./use-live-statuses";

export type Outcome =
  | { input: string; outcome: "created"; articleId: string; normalizedUrl: string; queued: boolean }
  | { input: string; outcome: "duplicate"; articleId: string; normalizedUrl: string; reason: string }
  | { input: string; outcome: "invalid"; reason: string };

export interface ResultLine {
  /** Line number in an uploaded file, when it came from one. */
  line?: number;
  outcome: Outcome;
}

const SHOWN = 500;

const RETRYABLE = new Set(["failed", "gone"]);

function RetryButton({ articleId, onRetried }: { articleId: string; onRetried: (id: string) => void }) {
  const [state, setState] = useState<"idle" | "busy" | { error: string }>("idle");
  return (
    <span className="flex items-center gap-2">
      {typeof state === "object" && (
        <span role="alert" className="text-xs text-red-700">
          {state.error}
        </span>
      )}
      <Button
        size="sm"
        variant="secondary"
        disabled={state === "busy"}
        onClick={async () => {
          setState("busy");
          try {
            await apiFetch(`/api/articles/${articleId}/reingest`, { method: "POST" });
            setState("idle");
            onRetried(articleId);
          } catch (err) {
            setState({ error: errorMessage(err) });
          }
        }}
      >
        {state === "busy" ? "Retrying…" : "Retry"}
      </Button>
    </span>
  );
}

function LiveCell({
  live,
  queued,
  articleId,
  onRetried,
}: {
  live: LiveStatus | undefined;
  queued: boolean;
  articleId: string;
  onRetried: (id: string) => void;
}) {
  if (!live) {
    return (
      <StatusBadge
        status="queued"
        title={
          queued
            ? undefined
            : "The queue was unreachable; the article is saved and will be enqueued when it is back"
        }
      />
    );
  }
  return (
    <span className="flex flex-col items-end gap-0.5">
      <StatusBadge status={live.status} />
      {live.status === "failed" && live.failure && (
        <span className="text-xs text-red-700" data-testid="failure-reason">
          {failureLabel(live.failure.code)}: {live.failure.message}
        </span>
      )}
      {RETRYABLE.has(live.status) && <RetryButton articleId={articleId} onRetried={onRetried} />}
    </span>
  );
}

/** Stable keys for lines that may repeat the same input: the input plus its occurrence. */
function withKeys(lines: ResultLine[]): { key: string; line: ResultLine }[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const base = `${line.line ?? ""}|${line.outcome.input}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: `${base}|${n}`, line };
  });
}

export function IntakeResults({ lines }: { lines: ResultLine[] }) {
  // Articles that were already there are watched too: their status says whether adding them
  // again needs a retry.
  const watched = lines.flatMap((l) => (l.outcome.outcome === "invalid" ? [] : [l.outcome.articleId]));
  const created = new Set(
    lines.flatMap((l) => (l.outcome.outcome === "created" ? [l.outcome.articleId] : [])),
  );
  const { statuses, error, watchedLimit, rewatch } = useLiveStatuses(watched);
  const counts = { created: 0, duplicate: 0, invalid: 0 };
  for (const l of lines) counts[l.outcome.outcome] += 1;
  const live = [...statuses.values()].filter((s) => created.has(s.id));
  const done = live.filter((s) => s.status === "extracted").length;
  const failed = live.filter((s) => s.status === "failed" || s.status === "gone").length;

  return (
    <div className="mt-4 space-y-3">
      <p className="text-sm text-slate-700" aria-live="polite">
        <b>{counts.created}</b> added, <b>{counts.duplicate}</b> already there, <b>{counts.invalid}</b>{" "}
        invalid.
        {counts.created > 0 &&
          ` Live: ${done} extracted, ${failed} failed, ${Math.min(counts.created, watchedLimit) - done - failed} in progress.`}
        {counts.created > watchedLimit && ` (Live status shown for the first ${watchedLimit}.)`}
      </p>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          Live status paused: {error}
        </p>
      )}
      <ul
        className="divide-y divide-slate-100 rounded-md border border-slate-200"
        data-testid="intake-results"
      >
        {withKeys(lines.slice(0, SHOWN)).map(({ key, line: l }) => {
          const o = l.outcome;
          return (
            <li
              key={key}
              className="flex flex-wrap items-start justify-between gap-3 px-3 py-2 text-sm"
              data-outcome={o.outcome}
            >
              <span className="min-w-0 flex-1 break-all">
                {l.line !== undefined && <span className="mr-2 text-xs text-slate-500">line {l.line}</span>}
                {o.outcome === "invalid" ? (
                  o.input
                ) : (
                  <Link href={`/articles/${o.articleId}`} className="text-blue-700 hover:underline">
                    {statuses.get(o.articleId)?.title ?? o.input}
                  </Link>
                )}
              </span>
              {o.outcome === "created" && (
                <LiveCell
                  live={statuses.get(o.articleId)}
                  queued={o.queued}
                  articleId={o.articleId}
                  onRetried={rewatch}
                />
              )}
              {o.outcome === "duplicate" && (
                <span className="flex flex-col items-end gap-0.5" data-testid="already-there">
                  <span className="flex items-center gap-1.5">
                    <Badge tone="violet">Already added</Badge>
                    {statuses.get(o.articleId) && (
                      <StatusBadge status={statuses.get(o.articleId)?.status ?? "queued"} />
                    )}
                  </span>
                  <span className="text-xs text-slate-600">{o.reason}</span>
                  {statuses.get(o.articleId)?.status === "failed" && statuses.get(o.articleId)?.failure && (
                    <span className="text-xs text-red-700">
                      {failureLabel(statuses.get(o.articleId)?.failure?.code ?? null)}:{" "}
                      {statuses.get(o.articleId)?.failure?.message}
                    </span>
                  )}
                  {RETRYABLE.has(statuses.get(o.articleId)?.status ?? "") && (
                    <RetryButton articleId={o.articleId} onRetried={rewatch} />
                  )}
                </span>
              )}
              {o.outcome === "invalid" && (
                <span className="flex flex-col items-end gap-0.5">
                  <Badge tone="red">Invalid</Badge>
                  <span className="text-xs text-red-700">{o.reason}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {lines.length > SHOWN && (
        <p className="text-xs text-slate-500">
          Showing the first {SHOWN} of {lines.length} lines.
        </p>
      )}
    </div>
  );
}
