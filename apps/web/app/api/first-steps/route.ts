// POST /api/first-steps {dismiss: true}: hides the overview's first-steps panel for everyone.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { dismissFirstSteps } from "@/lib/overview/first-steps";

export const POST = apiRoute({ role: "editor", body: z.object({ dismiss: z.literal(true) }) }, async () => {
  await dismissFirstSteps(prisma);
  return { dismissed: true };
});
