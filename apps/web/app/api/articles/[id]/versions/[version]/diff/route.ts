// GET /api/articles/:id/versions/:version/diff: what changed in that version against the stored
// version before it (word diff, long unchanged stretches folded). The article page loads older
// versions' diffs through this when they are opened.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { diffWithPrevious } from "@/lib/articles/version-pair-diff";

const segment = z.object({
  id: z.uuid({ message: "an article id" }),
  version: z.coerce.number({ message: "a version number" }).int().min(1),
});

export const GET = apiRoute({ role: "viewer" }, async ({ params }) => {
  const { id, version } = segment.parse(params);
  const diff = await diffWithPrevious(prisma, id, version);
  if (!diff) throw notFound("article version with an earlier version to compare");
  return diff;
});
