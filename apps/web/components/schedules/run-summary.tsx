// A schedule run in a few words: "12 found, 3 new" or the error.
import { Badge } from "@/components/ui/badge";

const ORDER = [
  "found",
  "new",
  "duplicate",
  "matched",
  "enqueued",
  "alreadyQueued",
  "selected",
  "sitemaps",
  "notModified",
];
const LABELS: Record<string, string> = {
  found: "found",
  new: "new",
  duplicate: "already known",
  matched: "in scope",
  enqueued: "queued",
  alreadyQueued: "already queued",
  selected: "selected",
  sitemaps: "sitemaps read",
  notModified: "feed unchanged (304)",
};

export function RunStatus({ status }: { status: string | null }) {
  if (!status) return <span className="text-slate-500">never run</span>;
  const tone =
    status === "done" ? "green" : status === "failed" ? "red" : status === "running" ? "blue" : "neutral";
  return <Badge tone={tone}>{status}</Badge>;
}

export function RunCounts({ counts, error }: { counts: unknown; error?: string | null }) {
  if (error) return <span className="text-red-700">{error}</span>;
  if (typeof counts !== "object" || counts === null) return null;
  const entries = Object.entries(counts as Record<string, number>)
    .filter(([key, value]) => LABELS[key] && value > 0)
    .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (entries.length === 0) return <span className="text-slate-500">nothing new</span>;
  return (
    <span>{entries.map(([key, value]) => `${value.toLocaleString("en")} ${LABELS[key]}`).join(", ")}</span>
  );
}
