// GET /api/sources?q=: outlets, most articles first (for filters and pickers).
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { listSources } from "@/lib/articles/list-sources";
import { singleParam } from "@/lib/search-params/schemas";

const query = z.object({
  q: singleParam(z.string().trim().max(100).optional()),
  limit: singleParam(z.coerce.number().int().min(1).max(500).default(100)),
});

export const GET = apiRoute({ role: "viewer", query }, async ({ query }) => ({
  sources: await listSources(prisma, query.limit, query.q),
}));
