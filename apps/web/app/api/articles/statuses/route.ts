// GET /api/articles/statuses?ids=a,b,c: the current status of up to 200 articles, for the
// dashboard's live progress after adding articles (polled every second or so).
import { articleStatuses } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { listParam } from "@/lib/search-params/schemas";

const query = z.object({
  ids: listParam(z.uuid(), 200).refine((ids) => ids.length > 0, "Give at least one id"),
});

export const GET = apiRoute({ role: "viewer", query }, async ({ query }) => {
  const rows = await articleStatuses(prisma, query.ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    articles: query.ids.map((id) => {
      const row = byId.get(id);
      if (!row) return { id, status: "deleted" as const };
      return {
        id,
        status: row.status,
        title: row.title,
        attempts: row.attempts,
        failure:
          row.failureCode || row.failureMessage
            ? { code: row.failureCode, message: row.failureMessage }
            : null,
      };
    }),
  };
});
