// What a feed or sitemap run added, and what became of those articles: "3 new: 2 fetched,
// 1 failed". Links to the run's feed article list.

import type { RunOutcome } from "@tidemark/schedules";
import Link from "next/link";

export function RunOutcomeCell({ outcome, scheduleId }: { outcome: RunOutcome | null; scheduleId: string }) {
  if (!outcome || outcome.added === 0) return <span className="text-slate-500">—</span>;
  const parts = [
    outcome.fetched > 0 ? `${outcome.fetched.toLocaleString("en")} fetched` : null,
    outcome.pending > 0 ? `${outcome.pending.toLocaleString("en")} pending` : null,
  ].filter(Boolean);
  return (
    <span>
      <Link href={`/articles?schedule=${scheduleId}`} className="font-medium text-blue-700 hover:underline">
        {outcome.added.toLocaleString("en")} new
      </Link>
      {parts.length > 0 && <span className="text-slate-600">: {parts.join(", ")}</span>}
      {outcome.failed > 0 && (
        <Link
          href={`/articles?schedule=${scheduleId}&status=failed`}
          className="ml-1 font-medium text-red-700 hover:underline"
        >
          {outcome.failed.toLocaleString("en")} failed
        </Link>
      )}
    </span>
  );
}
