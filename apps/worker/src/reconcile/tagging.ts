// Articles whose current text the themes have not seen (tagged_hash ≠ content_hash) and whose tag
// job Redis no longer has: enqueue tagging again. A partial index holds exactly these rows.
import { Prisma } from "@tidemark/db";
import type { HandlerContext } from "../handlers/context.ts";
import { tagJobId } from "../handlers/tag-job-id.ts";
import { forEachPage, RECONCILE_PAGE } from "./pages.ts";

export interface TaggingReconcile {
  checked: number;
  requeued: number;
}

interface PendingRow {
  id: string;
  content_hash: string;
}

export async function reconcileTagging(ctx: HandlerContext, staleBefore: Date): Promise<TaggingReconcile> {
  const result: TaggingReconcile = { checked: 0, requeued: 0 };
  await forEachPage(
    (after) =>
      ctx.db.$queryRaw<PendingRow[]>`
        SELECT id::text AS id, content_hash FROM articles
        WHERE content_hash IS NOT NULL AND tagged_hash IS DISTINCT FROM content_hash
          AND status = 'extracted' AND updated_at < ${staleBefore}
          ${after ? Prisma.sql`AND id > ${after}::uuid` : Prisma.empty}
        ORDER BY id LIMIT ${RECONCILE_PAGE}`,
    async (page) => {
      result.checked += page.length;
      const added = await ctx.producer.enqueueMany(
        "tagArticle",
        page.map((a) => ({ jobId: tagJobId(a.id, a.content_hash), payload: { articleId: a.id } })),
      );
      result.requeued += added.size;
    },
  );
  return result;
}
