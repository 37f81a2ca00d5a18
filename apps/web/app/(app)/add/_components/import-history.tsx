// Recent imports: every batch of URLs or uploaded file, who added it and when, what intake made of
// it, and how far its articles have got (counts by status; a rate and the time left while it
// runs), with links to its articles and its failures. The page refreshes itself while any runs.
import type { ImportEntry, ImportPage } from "@tidemark/intake";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatAgo, formatDateTime } from "@/lib/format/dates";
import { formatDuration } from "@/lib/format/duration";
import { formatCount } from "@/lib/format/numbers";
import { ImportProgressBar } from "./import-progress-bar";

function what(entry: ImportEntry): string {
  if (entry.kind === "file") {
    const mode = entry.mode === "documents" ? "documents" : "URLs";
    return `${entry.fileName ?? "a file"} (${(entry.format ?? "").toUpperCase()}, ${mode})`;
  }
  return `${formatCount(entry.submitted)} pasted URL${entry.submitted === 1 ? "" : "s"}`;
}

function StatusCounts({ entry }: { entry: ImportEntry }) {
  const { byStatus } = entry.progress.counts;
  const parts: [string, number][] = [
    ["queued", byStatus.queued],
    ["fetching", byStatus.fetching],
    ["extracted", byStatus.extracted],
    ["failed", byStatus.failed + byStatus.gone],
    ["duplicate", byStatus.duplicate],
  ];
  return (
    <p className="text-xs text-slate-700" data-testid="import-counts">
      {parts.map(([name, n]) => `${formatCount(n)} ${name}`).join(" · ")}
    </p>
  );
}

function ImportItem({ entry, now }: { entry: ImportEntry; now: Date }) {
  const { progress } = entry;
  const failed = progress.counts.byStatus.failed + progress.counts.byStatus.gone;
  return (
    <li className="space-y-1.5 px-4 py-3" data-testid="import-entry" data-running={progress.running}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="min-w-0 break-all text-sm font-medium text-slate-900">{what(entry)}</p>
        <p className="text-xs text-slate-600" title={formatDateTime(entry.createdAt)}>
          {entry.username ?? "command line"} · {formatAgo(entry.createdAt, now)}
        </p>
      </div>
      <p className="text-xs text-slate-600">
        {formatCount(entry.created)} added, {formatCount(entry.duplicate)} already there,{" "}
        {formatCount(entry.invalid)} invalid
      </p>
      <ImportProgressBar progress={progress} label={`Progress of ${what(entry)}`} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <StatusCounts entry={entry} />
        <p className="text-xs text-slate-700" data-testid="import-rate">
          {progress.running
            ? progress.perMinute
              ? `${progress.perMinute.toFixed(progress.perMinute < 10 ? 1 : 0)} per minute · about ${formatDuration(progress.etaSeconds ?? 0)} left`
              : "Starting…"
            : entry.settledAt
              ? `Finished ${formatAgo(entry.settledAt, now)}`
              : "Done"}
        </p>
      </div>
      {progress.total > 0 && (
        <p className="flex flex-wrap gap-3 text-xs">
          <Link href={`/articles?import=${entry.id}`} className="text-blue-700 underline">
            {formatCount(progress.total)} article{progress.total === 1 ? "" : "s"}
          </Link>
          {failed > 0 && (
            <Link
              href={`/articles?import=${entry.id}&status=failed&status=gone`}
              className="text-red-700 underline"
            >
              {formatCount(failed)} failed
            </Link>
          )}
        </p>
      )}
    </li>
  );
}

export function ImportHistory({ page, current }: { page: ImportPage; current: number }) {
  const now = new Date();
  const disabled = `${buttonClasses("secondary", "sm")} pointer-events-none opacity-50`;
  if (page.entries.length === 0 && current === 1) {
    return (
      <div className="p-4">
        <EmptyState title="No imports yet">Each list of URLs or file you add is kept here.</EmptyState>
      </div>
    );
  }
  return (
    <>
      <ul className="divide-y divide-slate-100" data-testid="import-history">
        {page.entries.map((entry) => (
          <ImportItem key={entry.id} entry={entry} now={now} />
        ))}
      </ul>
      <nav aria-label="Import history pages" className="flex items-center justify-end gap-2 px-4 py-3">
        {page.prev ? (
          <Link href={`/add?page=${page.prev}`} className={buttonClasses("secondary", "sm")}>
            ← Newer
          </Link>
        ) : (
          <span aria-disabled="true" className={disabled}>
            ← Newer
          </span>
        )}
        {page.next ? (
          <Link href={`/add?page=${page.next}`} className={buttonClasses("secondary", "sm")}>
            Older →
          </Link>
        ) : (
          <span aria-disabled="true" className={disabled}>
            Older →
          </span>
        )}
      </nav>
    </>
  );
}
