// POST /api/backfills/:id/cancel: stop a queued or running backfill. The series keep the version
// they show; the cancelled definition stays in the history.
import { prisma } from "@tidemark/db";
import { cancelBackfill } from "@tidemark/themes/backfill";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";

export const POST = apiRoute({ role: "editor" }, async ({ params }) => {
  const id = z.uuid({ message: "a backfill id" }).parse(params.id);
  if (!(await cancelBackfill(prisma, id))) {
    throw new ApiError(409, "not_running", "That backfill is not queued or running any more.");
  }
  return { cancelRequested: true, id };
});
