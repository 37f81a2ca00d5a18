// GET /api/voices/quotes?voice&theme&source&from&to&kind&limit&after: the quotes behind a voice
// (or all quotes), newest first, each with its speaker as written and its article; keyset pages.
import { prisma } from "@tidemark/db";
import { voiceQuotes } from "@tidemark/voices";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { singleParam } from "@/lib/search-params/schemas";
import { voicesFilter, voicesQuerySchema } from "@/lib/voices/voices-params";

const query = voicesQuerySchema.and(
  z.object({
    voice: singleParam(z.string().min(1).max(300).optional()),
    after: singleParam(z.string().max(100).optional()),
  }),
);

export const GET = apiRoute({ role: "viewer", query }, async ({ query: q }) =>
  voiceQuotes(prisma, voicesFilter(q), {
    limit: q.limit,
    ...(q.voice ? { voiceKey: q.voice } : {}),
    ...(q.after ? { after: q.after } : {}),
  }),
);
