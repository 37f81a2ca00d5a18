// GET /api/voices?theme&source&from&to&kind&unit&limit&offset: who is quoted most (a speaker
// rolled up to a tracked person or organisation counts once), with each voice's quotes by outlet
// and per day/week/month, and its latest quote and article as evidence.
import { prisma } from "@tidemark/db";
import { apiRoute } from "@/lib/api/route";
import { voicesQuerySchema } from "@/lib/voices/voices-params";
import { voicesView } from "@/lib/voices/voices-view";

export const GET = apiRoute({ role: "viewer", query: voicesQuerySchema }, async ({ query }) =>
  voicesView(prisma, query),
);
