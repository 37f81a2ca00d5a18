// Tagged articles whose grouping (text family, story) is owed (story_hash ≠ content_hash) and
// whose group job Redis no longer has: wake grouping again.
import { QUEUES } from "@tidemark/queue";
import { groupDedupeId, pendingGroupingPage, wakeGrouping } from "@tidemark/stories";
import type { HandlerContext } from "../handlers/context.ts";
import { forEachPage, RECONCILE_PAGE } from "./pages.ts";

export interface GroupingReconcile {
  checked: number;
  requeued: number;
}

export async function reconcileGrouping(ctx: HandlerContext): Promise<GroupingReconcile> {
  const result: GroupingReconcile = { checked: 0, requeued: 0 };
  await forEachPage(
    (after) => pendingGroupingPage(ctx.db, after, RECONCILE_PAGE),
    async (page) => {
      result.checked += page.length;
      const live = await ctx.producer.liveJobIds(
        QUEUES.themes,
        page.map((a) => groupDedupeId(a.id)),
      );
      const wake = await wakeGrouping(
        ctx.producer,
        page.filter((a) => !live.has(groupDedupeId(a.id))).map((a) => a.id),
      );
      if (wake.error) throw new Error(wake.error);
      result.requeued += wake.woken.size;
    },
  );
  return result;
}
