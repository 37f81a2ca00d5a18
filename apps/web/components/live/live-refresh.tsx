// A page's live updates: the client follows /api/live and refreshes the page when a topic's state
// differs from the one the page was rendered against. The page reads those states with
// readLiveStates before it reads its own data (see lib/live/read-live-states.ts for why).
import type { LiveKeys } from "@/lib/live/read-live-states";
import { LiveRefreshClient } from "./live-refresh-client";

interface Props {
  states: LiveKeys;
  /** Least time between two refreshes (heavier pages ask for more). */
  minGapMs?: number;
}

export function LiveRefresh({ states, minGapMs }: Props) {
  return <LiveRefreshClient initial={states} minGapMs={minGapMs} />;
}
