// Loads or removes a demo corpus, whichever its Postgres row says is owed (see @tidemark/demo).
import { readDemoManifest, runOwedDemoWork } from "@tidemark/demo";
import { DEFAULT_DEMO_DIR } from "@tidemark/demo/paths";
import type { ParsedJobPayload } from "@tidemark/queue";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function demoCorpus(
  payload: ParsedJobPayload<"demoCorpus">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const manifest = await readDemoManifest(DEFAULT_DEMO_DIR);
  if (manifest.name !== payload.name)
    return { outcome: "skipped", why: `no demo corpus named ${payload.name}` };
  try {
    return { ...(await runOwedDemoWork(ctx.db, ctx.producer, DEFAULT_DEMO_DIR, manifest)) };
  } catch (error) {
    // Kept on the row for the dashboard; the job's retries (and the reconciler) try again.
    await ctx.db.demoCorpus.updateMany({
      where: { name: payload.name },
      data: { error: error instanceof Error ? error.message : String(error) },
    });
    throw error;
  }
}
