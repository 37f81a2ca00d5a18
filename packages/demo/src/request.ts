// Asking for the demo corpus to be loaded or removed: one conditional write to its row, then a
// wake-up job for the worker (keyed, so asking twice queues one job). The row is the truth: if the
// job is lost, the reconciler finds the owed work and queues it again.
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import type { DemoManifest } from "./manifest.ts";
import { moveDemoState, readDemoState } from "./state.ts";

export type DemoRequestOutcome =
  | "requested"
  | "already-loaded"
  | "already-requested"
  | "kept-removed"
  | "removal-in-progress"
  | "removing"
  | "already-removed"
  | "nothing-to-remove"
  | "unknown";

export interface DemoRequestResult {
  outcome: DemoRequestOutcome;
  /** Set when the wake-up could not be queued (the reconciler will queue it later). */
  queueWarning?: string;
}

/** Queues the worker's job for this corpus; a message instead when Redis cannot be reached. */
export async function wakeDemoWorker(producer: Producer, name: string): Promise<string | undefined> {
  try {
    await producer.enqueue("demoCorpus", { name }, { dedupeId: `demo-${name}` });
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `Could not reach the job queue (${message}); the worker will pick this up when it can.`;
  }
}

/** What the dashboard shows about the corpus, from its manifest. */
function describe(manifest: Pick<DemoManifest, "title" | "source">): { title: string; credit: string } {
  const { dataset, author, license } = manifest.source;
  return { title: manifest.title, credit: `${dataset} (${author}), ${license}` };
}

/**
 * Asks for the corpus to be loaded. With `ifNew`, only when it was never asked for before: a
 * corpus the user removed is not loaded back by the next start.
 */
export async function requestDemoLoad(
  db: Db,
  producer: Producer,
  manifest: Pick<DemoManifest, "name" | "records" | "title" | "source">,
  options: { ifNew?: boolean } = {},
): Promise<DemoRequestResult> {
  const created = await db.demoCorpus.createMany({
    data: [{ name: manifest.name, status: "requested", total: manifest.records, ...describe(manifest) }],
    skipDuplicates: true,
  });
  if (created.count > 0) return woken("requested", await wakeDemoWorker(producer, manifest.name));
  return requestDemoReload(db, producer, manifest.name, options);
}

/** Asks again for a corpus that has a row (loaded once, maybe removed since). */
export async function requestDemoReload(
  db: Db,
  producer: Producer,
  name: string,
  options: { ifNew?: boolean } = {},
): Promise<DemoRequestResult> {
  const state = await readDemoState(db, name);
  if (!state) return { outcome: "unknown" };
  if (state.status === "loaded") return { outcome: "already-loaded" };
  if (state.status === "removing") return { outcome: "removal-in-progress" };
  if (state.status === "removed") {
    if (options.ifNew) return { outcome: "kept-removed" };
    const moved = await moveDemoState(db, name, ["removed"], "requested", {
      filed: 0,
      removed: 0,
      error: null,
    });
    if (!moved) return { outcome: "removal-in-progress" };
    return woken("requested", await wakeDemoWorker(producer, name));
  }
  // requested or loading: make sure a worker hears about it.
  return woken("already-requested", await wakeDemoWorker(producer, name));
}

function woken(outcome: DemoRequestOutcome, queueWarning: string | undefined): DemoRequestResult {
  return queueWarning ? { outcome, queueWarning } : { outcome };
}

export async function requestDemoRemoval(
  db: Db,
  producer: Producer,
  name: string,
): Promise<DemoRequestResult> {
  const moved = await moveDemoState(db, name, ["requested", "loading", "loaded"], "removing", {
    removed: 0,
    error: null,
  });
  if (!moved) {
    const state = await readDemoState(db, name);
    if (!state) return { outcome: "nothing-to-remove" };
    if (state.status === "removed") return { outcome: "already-removed" };
  }
  return woken("removing", await wakeDemoWorker(producer, name));
}
