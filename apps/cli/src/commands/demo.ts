import type { Db } from "@tidemark/db";
import {
  type DemoRequestResult,
  demoProgress,
  readDemoManifest,
  requestDemoLoad,
  requestDemoRemoval,
} from "@tidemark/demo";
import { DEFAULT_DEMO_DIR } from "@tidemark/demo/paths";
import type { Command } from "commander";
import { CliError } from "../exit-codes.ts";
import { printJson } from "../output.ts";
import { getDb, getProducer } from "../resources.ts";
import { describe } from "./catalog.ts";

const MESSAGES: Record<DemoRequestResult["outcome"], string> = {
  requested: "loading in the background (the worker files and extracts it; progress on the overview)",
  "already-requested": "already loading in the background (progress on the overview)",
  "already-loaded": "already loaded",
  "kept-removed": "removed earlier, so not loaded again (`tidemark demo load` brings it back)",
  "removal-in-progress": "being removed; load it again once that is done",
  removing: "being removed in the background",
  "already-removed": "already removed",
  "nothing-to-remove": "not loaded, nothing to remove",
  unknown: "not known here",
};

async function waitFor(db: Db, name: string, done: (status: string) => boolean): Promise<void> {
  let last = "";
  for (;;) {
    const progress = await demoProgress(db, name);
    if (!progress) return;
    const { state, pending } = progress;
    const line =
      state.status === "removing"
        ? `removing: ${state.removed.toLocaleString("en-US")} removed`
        : `${state.status}: ${state.filed.toLocaleString("en-US")} of ${state.total.toLocaleString("en-US")} filed, ${pending.toLocaleString("en-US")} waiting for extraction`;
    if (line !== last) process.stderr.write(`${line}\n`);
    last = line;
    if (state.error) throw new CliError(`The worker reported: ${state.error}`);
    if (done(state.status) && pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

export function registerDemo(program: Command): void {
  const demo = program.command("demo").description(describe("demo"));
  demo
    .command("load")
    .description("Ask the worker to load the demo corpus in seeds/demo (safe to run again)")
    .option("--if-new", "only if it was never loaded before (a removed corpus stays removed)")
    .option("--wait", "wait until it is filed and extracted, printing progress (needs a running worker)")
    .option("--json", "print the outcome as JSON")
    .action(async (options: { ifNew?: boolean; wait?: boolean; json?: boolean }) => {
      const manifest = await readDemoManifest(DEFAULT_DEMO_DIR);
      const db = await getDb();
      const result = await requestDemoLoad(db, await getProducer(), manifest, {
        ifNew: options.ifNew ?? false,
      });
      if (options.json) printJson({ name: manifest.name, ...result });
      else
        console.log(
          `Demo corpus (${manifest.records.toLocaleString("en-US")} ${manifest.title}; ${manifest.source.dataset}, ${manifest.source.license}): ${MESSAGES[result.outcome]}.`,
        );
      if (result.queueWarning) process.stderr.write(`warning: ${result.queueWarning}\n`);
      if (options.wait) await waitFor(db, manifest.name, (s) => s === "loaded");
    });
  demo
    .command("remove")
    .description("Ask the worker to delete the demo corpus's articles (aggregates stay exact)")
    .option("--wait", "wait until they are deleted (needs a running worker)")
    .action(async (options: { wait?: boolean }) => {
      const manifest = await readDemoManifest(DEFAULT_DEMO_DIR);
      const db = await getDb();
      const result = await requestDemoRemoval(db, await getProducer(), manifest.name);
      console.log(`Demo corpus: ${MESSAGES[result.outcome]}.`);
      if (result.queueWarning) process.stderr.write(`warning: ${result.queueWarning}\n`);
      if (options.wait && result.outcome === "removing")
        await waitFor(db, manifest.name, (s) => s === "removed");
    });
  demo
    .command("status")
    .description("Where the demo corpus stands")
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }) => {
      const manifest = await readDemoManifest(DEFAULT_DEMO_DIR);
      const progress = await demoProgress(await getDb(), manifest.name);
      if (options.json) return printJson(progress);
      if (!progress) return console.log("Demo corpus: never loaded (`tidemark demo load`).");
      const { state, pending } = progress;
      console.log(
        `Demo corpus ${state.name}: ${state.status}; ${state.filed.toLocaleString("en-US")} of ${state.total.toLocaleString("en-US")} filed, ${pending.toLocaleString("en-US")} waiting for extraction${state.error ? `; last error: ${state.error}` : ""}.`,
      );
    });
}
