// The demo corpus's row in Postgres says what is owed: "requested"/"loading" (filed so far of
// total), "removing" (removed so far), or nothing ("loaded", "removed"). Every change of status is
// one conditional UPDATE, so two workers or a click during a load cannot both act.
import type { Db, DemoCorpus, DemoCorpusStatus } from "@tidemark/db";

export type DemoState = DemoCorpus;

export const OWED_STATUSES: readonly DemoCorpusStatus[] = ["requested", "loading", "removing"];

export async function readDemoState(db: Db, name: string): Promise<DemoState | null> {
  return db.demoCorpus.findUnique({ where: { name } });
}

/** Moves the row from one of `from` to `to`; false when it was not in one of them. */
export async function moveDemoState(
  db: Db,
  name: string,
  from: readonly DemoCorpusStatus[],
  to: DemoCorpusStatus,
  data: {
    total?: number;
    filed?: number;
    removed?: number;
    error?: string | null;
    title?: string;
    credit?: string;
  } = {},
): Promise<boolean> {
  const { count } = await db.demoCorpus.updateMany({
    where: { name, status: { in: [...from] } },
    data: { status: to, ...data },
  });
  return count > 0;
}
