// GET /api/stories/:id: one story with its outlets, articles (copies marked), per-day timeline and
// matching themes.
import { prisma } from "@tidemark/db";
import { storyDetail } from "@tidemark/stories";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";

const paramsSchema = z.object({ id: z.uuid({ message: "a story id" }) });

export const GET = apiRoute({ role: "viewer", params: paramsSchema }, async ({ params }) => {
  const story = await storyDetail(prisma, params.id);
  if (!story) throw notFound("story");
  return { story };
});
