// The demo corpora and, for those being loaded, how many of their articles still wait for
// extraction (see @tidemark/demo demoProgress). A handful of rows; no article scan.
import type { Db } from "@tidemark/db";
import { demoProgress } from "@tidemark/demo";
import type { DemoStatus } from "./demo-status";

export async function demoStatuses(db: Db): Promise<DemoStatus[]> {
  const rows = await db.demoCorpus.findMany({ orderBy: { requestedAt: "asc" }, select: { name: true } });
  const out: DemoStatus[] = [];
  for (const { name } of rows) {
    const progress = await demoProgress(db, name);
    if (!progress) continue;
    const { state, pending } = progress;
    out.push({
      name: state.name,
      title: state.title,
      credit: state.credit,
      status: state.status,
      total: state.total,
      filed: state.filed,
      removed: state.removed,
      pending,
      error: state.error,
    });
  }
  return out;
}
