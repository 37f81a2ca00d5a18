// A page's live updates: reads the state of each topic as the page renders it, then lets the
// client follow /api/live and refresh the page when any of them changes.
import type { Db } from "@tidemark/db";
import { childLogger } from "@tidemark/logger";
import { type LiveTopic, readTopic, stateKey } from "@/lib/live/topics";
import { LiveRefreshClient } from "./live-refresh-client";

interface Props {
  db: Db;
  topics: LiveTopic[];
  /** Least time between two refreshes (heavier pages ask for more). */
  minGapMs?: number;
}

export async function LiveRefresh({ db, topics, minGapMs }: Props) {
  const keys = await Promise.all(
    topics.map(async (topic) => {
      try {
        return [topic, stateKey(await readTopic(db, topic))] as const;
      } catch (error) {
        // Unreadable now (Redis down for queue counts): the first live state refreshes the page.
        childLogger({ component: "live" }).warn({ err: error, topic }, "live topic read failed");
        return [topic, null] as const;
      }
    }),
  );
  return <LiveRefreshClient initial={Object.fromEntries(keys)} minGapMs={minGapMs} />;
}
