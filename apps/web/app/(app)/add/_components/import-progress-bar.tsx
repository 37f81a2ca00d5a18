// One import's progress as a bar: extracted, failed (and gone), duplicates and still in the
// pipeline, in proportion, with the same figures in text beside it (the bar is not the only cue).
import type { ImportProgress } from "@tidemark/intake";

const SEGMENTS = [
  { key: "extracted", className: "bg-emerald-600" },
  { key: "duplicate", className: "bg-violet-500" },
  { key: "failed", className: "bg-red-600" },
  { key: "gone", className: "bg-red-400" },
  { key: "fetching", className: "bg-blue-500" },
] as const;

export function ImportProgressBar({ progress, label }: { progress: ImportProgress; label: string }) {
  const { total, pending } = progress;
  const done = total - pending;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-valuetext={`${done} of ${total} settled`}
      className="flex h-2 w-full overflow-hidden rounded-full bg-slate-200"
    >
      {total > 0 &&
        SEGMENTS.map(({ key, className }) => {
          const n = progress.counts.byStatus[key];
          return n > 0 ? (
            <div key={key} className={className} style={{ width: `${(n / total) * 100}%` }} />
          ) : null;
        })}
    </div>
  );
}
