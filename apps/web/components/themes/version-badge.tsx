// Which definition a theme's numbers come from, and the newer one being backfilled, if any:
// "v3" or "v3 · v4 pending: backfill 40%".
import { Badge } from "@/components/ui/badge";
import type { ActiveBackfill } from "@/lib/themes/backfill-status";

interface VersionBadgeProps {
  seriesVersion: number | null;
  currentVersion: number | null;
  backfill: ActiveBackfill | null;
}

export function VersionBadge({ seriesVersion, currentVersion, backfill }: VersionBadgeProps) {
  const pending = currentVersion !== null && currentVersion !== seriesVersion ? currentVersion : null;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone="neutral" title="The definition version the numbers come from">
        v{seriesVersion ?? "–"}
      </Badge>
      {pending !== null && (
        <Badge
          tone="amber"
          title="A newer definition is being applied to every article; numbers switch when it completes"
        >
          v{pending} pending
          {backfill && backfill.version === pending
            ? `: backfill ${Math.floor(backfill.progress * 100)}%`
            : ""}
        </Badge>
      )}
    </span>
  );
}
