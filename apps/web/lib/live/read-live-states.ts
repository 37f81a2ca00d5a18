// The live states a page is rendered against. They must be read BEFORE the page reads the data
// it shows: a change that lands between the two reads then differs from the key the client
// holds, so the page refreshes (at worst once more than needed). Read after the data, a change
// in between would be in the key but not on the page, and the page would never catch up.
// Cached per request, so a page's generateMetadata and the page itself share one read.
import type { Db } from "@tidemark/db";
import { childLogger } from "@tidemark/logger";
import { cache } from "react";
import { type LiveTopic, readTopic, stateKey } from "./topics";

export type LiveKeys = Record<string, string | null>;

const readKeys = cache(async (db: Db, joined: string): Promise<LiveKeys> => {
  const topics = joined.split("&") as LiveTopic[];
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
  return Object.fromEntries(keys);
});

export function readLiveStates(db: Db, topics: readonly LiveTopic[]): Promise<LiveKeys> {
  return readKeys(db, [...topics].join("&"));
}
