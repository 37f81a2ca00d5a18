// GET /api/articles/bulk/actions: bulk actions still running and those finished in the last hour,
// newest first, each with its progress (done of total, rate, seconds left) and outcome.
import { listBulkActions } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { apiRoute } from "@/lib/api/route";

const RECENT_MS = 60 * 60_000;

export const GET = apiRoute({ role: "viewer" }, async () => ({
  actions: await listBulkActions(prisma, { recentMs: RECENT_MS }),
}));
