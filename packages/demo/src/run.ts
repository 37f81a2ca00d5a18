// The worker's side: do what the corpus's row says is owed. Loading files the records in chunks
// through the normal file intake (each chunk one bounded transaction, then wake-ups for the
// worker's ingest and tagging), recording how far it got, so a restart resumes where it stopped
// and a second run files nothing twice. Removal deletes the corpus's articles in batches with
// their aggregate contributions (see @tidemark/articles deleteFileArticles).
import { deleteFileArticles } from "@tidemark/articles";
import type { Db } from "@tidemark/db";
import { submitDocuments } from "@tidemark/intake";
import type { Producer } from "@tidemark/queue";
import { type DemoManifest, readDemoLines } from "./manifest.ts";
import { demoDocument, demoKeyPrefix } from "./records.ts";
import { moveDemoState, readDemoState } from "./state.ts";

export const DEMO_CHUNK = 500;

export interface DemoRunReport {
  outcome: "loaded" | "removed" | "stopped" | "nothing-owed";
  filed?: number;
  created?: number;
  removed?: number;
  queueWarning?: string;
}

export async function runOwedDemoWork(
  db: Db,
  producer: Producer,
  demoDir: string,
  manifest: DemoManifest,
): Promise<DemoRunReport> {
  const state = await readDemoState(db, manifest.name);
  if (state?.status === "requested" || state?.status === "loading")
    return loadDemo(db, producer, demoDir, manifest);
  if (state?.status === "removing") return removeDemo(db, manifest);
  return { outcome: "nothing-owed" };
}

async function loadDemo(
  db: Db,
  producer: Producer,
  demoDir: string,
  manifest: DemoManifest,
): Promise<DemoRunReport> {
  const { name } = manifest;
  if (!(await moveDemoState(db, name, ["requested", "loading"], "loading", { total: manifest.records })))
    return { outcome: "nothing-owed" };
  const lines = await readDemoLines(demoDir, manifest);
  let filed = (await readDemoState(db, name))?.filed ?? 0;
  let created = 0;
  let queueWarning: string | undefined;
  while (filed < lines.length) {
    const end = Math.min(filed + DEMO_CHUNK, lines.length);
    const documents = lines.slice(filed, end).map((line, i) => demoDocument(manifest, line, filed + i + 1));
    const result = await submitDocuments(db, producer, documents);
    created += result.outcomes.filter((o) => o.outcome === "created").length;
    if (result.queueWarning) queueWarning = result.queueWarning;
    // Progress only while still loading: a removal asked for meanwhile stops the load here.
    if (!(await moveDemoState(db, name, ["loading"], "loading", { filed: end })))
      return { outcome: "stopped", filed: end, created };
    filed = end;
  }
  await moveDemoState(db, name, ["loading"], "loaded", { error: null });
  return { outcome: "loaded", filed, created, ...(queueWarning ? { queueWarning } : {}) };
}

async function removeDemo(db: Db, manifest: DemoManifest): Promise<DemoRunReport> {
  const { name } = manifest;
  const removed = await deleteFileArticles(db, demoKeyPrefix(manifest), async (n) => {
    await moveDemoState(db, name, ["removing"], "removing", { removed: n });
  });
  await moveDemoState(db, name, ["removing"], "removed", { removed, filed: 0, error: null });
  return { outcome: "removed", removed };
}
