// Articles whose current text the themes have not seen (tagged_hash ≠ content_hash) and whose tag
// job Redis no longer has: wake tagging again.
import { pendingTaggingPage, wakeTagging } from "@tidemark/articles";
import { QUEUES } from "@tidemark/queue";
import type { HandlerContext } from "../handlers/context.ts";
import { forEachPage, RECONCILE_PAGE } from "./pages.ts";

export interface TaggingReconcile {
  checked: number;
  requeued: number;
}

export async function reconcileTagging(ctx: HandlerContext, staleBefore: Date): Promise<TaggingReconcile> {
  const result: TaggingReconcile = { checked: 0, requeued: 0 };
  await forEachPage(
    (after) => pendingTaggingPage(ctx.db, after, staleBefore, RECONCILE_PAGE),
    async (page) => {
      result.checked += page.length;
      const live = await ctx.producer.liveJobIds(
        QUEUES.themes,
        page.map((a) => a.id),
      );
      const wake = await wakeTagging(
        ctx.producer,
        page.filter((a) => !live.has(a.id)).map((a) => a.id),
      );
      if (wake.error) throw new Error(wake.error);
      result.requeued += wake.woken.size;
    },
  );
  return result;
}
