// What the dashboard shows about the demo corpus: its row, and while it loads how many of its
// articles still wait for extraction. The count walks only queued/fetching articles (the status
// index), so it costs what is in flight, never the whole table.
import type { Db } from "@tidemark/db";
import { demoKeyPrefix } from "./records.ts";
import { type DemoState, readDemoState } from "./state.ts";

export interface DemoProgress {
  state: DemoState;
  /** Filed articles of the corpus not yet extracted (queued or fetching). */
  pending: number;
}

export async function demoProgress(db: Db, name: string): Promise<DemoProgress | null> {
  const state = await readDemoState(db, name);
  if (!state) return null;
  if (state.status !== "loading" && state.status !== "loaded") return { state, pending: 0 };
  const pattern = `${demoKeyPrefix({ name })}%`;
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM articles
    WHERE status IN ('queued', 'fetching') AND intake = 'file' AND file_path LIKE ${pattern}`;
  return { state, pending: rows[0]?.n ?? 0 };
}
