// GET /api/demo: the demo corpora and their progress. POST /api/demo {name, action: "load" |
// "remove"}: asks the worker to load it again or to delete its articles (admins only; the
// coverage aggregates stay exact, see @tidemark/articles deleteFileArticles).
import { prisma } from "@tidemark/db";
import { requestDemoReload, requestDemoRemoval } from "@tidemark/demo";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { demoStatuses } from "@/lib/demo/demo-statuses";
import { webProducer } from "@/lib/server/queue";

const body = z.object({
  name: z.string().regex(/^[a-z0-9-]{1,100}$/, "a demo corpus name"),
  action: z.enum(["load", "remove"]),
});

export const GET = apiRoute({ role: "viewer" }, async () => ({ corpora: await demoStatuses(prisma) }));

export const POST = apiRoute({ role: "admin", body }, async ({ body }) => {
  const result =
    body.action === "load"
      ? await requestDemoReload(prisma, webProducer(), body.name)
      : await requestDemoRemoval(prisma, webProducer(), body.name);
  if (result.outcome === "unknown" || result.outcome === "nothing-to-remove")
    throw new ApiError(404, "not_found", `There is no demo corpus named ${body.name}.`);
  if (result.outcome === "removal-in-progress")
    throw new ApiError(409, "conflict", "The demo corpus is being removed; load it again once that is done.");
  return result;
});
