import type { ArticleStatus } from "@tidemark/db";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { STATUS_LABELS } from "@/lib/format/labels";

const TONES: Record<ArticleStatus, BadgeTone> = {
  queued: "neutral",
  fetching: "blue",
  extracted: "green",
  failed: "red",
  gone: "amber",
  duplicate: "violet",
};

export function StatusBadge({ status, title }: { status: string; title?: string }) {
  const known = status in TONES ? (status as ArticleStatus) : null;
  return (
    <Badge tone={known ? TONES[known] : "neutral"} title={title}>
      {known === "fetching" && (
        <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-blue-600" />
      )}
      {known ? STATUS_LABELS[known] : status}
    </Badge>
  );
}
