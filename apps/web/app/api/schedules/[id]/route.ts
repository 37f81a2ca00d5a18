// GET /api/schedules/:id — the schedule and its 50 latest runs (for feeds and sitemaps, each run's
// new articles and how many of them were fetched, are pending or failed).
// PUT /api/schedules/:id — replace its settings.  PATCH {enabled} — pause or resume.
// DELETE /api/schedules/:id — delete it (articles it found stay).
import { prisma } from "@tidemark/db";
import {
  deleteSchedule,
  runHistory,
  scheduleInputSchema,
  setScheduleEnabled,
  updateSchedule,
} from "@tidemark/schedules";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { withResolvedFeed } from "@/lib/schedules/resolve-feed";
import { withScheduleErrors } from "@/lib/schedules/schedule-errors";
import { runJson, scheduleJson } from "@/lib/schedules/schedule-json";
import { webProducer } from "@/lib/server/queue";

const id = (params: Record<string, string>) => z.uuid().parse(params.id);

export const GET = apiRoute({ role: "viewer" }, async ({ params }) => {
  const schedule = await prisma.schedule.findUnique({
    where: { id: id(params) },
    include: { source: { select: { name: true, key: true } } },
  });
  if (!schedule) throw notFound("schedule");
  const runs = await runHistory(prisma, schedule.id, 50);
  return { schedule: scheduleJson(schedule), runs: runs.map(runJson) };
});

// Each change answers with `warning` when it is saved but its timer waits for Redis.
export const PUT = apiRoute({ role: "editor", body: scheduleInputSchema }, async ({ params, body }) =>
  withScheduleErrors(async () => {
    const saved = await updateSchedule(prisma, webProducer(), id(params), await withResolvedFeed(body));
    return { schedule: scheduleJson(saved.schedule), warning: saved.warning };
  }),
);

export const PATCH = apiRoute(
  { role: "editor", body: z.object({ enabled: z.boolean() }) },
  async ({ params, body }) =>
    withScheduleErrors(async () => {
      const saved = await setScheduleEnabled(prisma, webProducer(), id(params), body.enabled);
      return { schedule: scheduleJson(saved.schedule), warning: saved.warning };
    }),
);

export const DELETE = apiRoute({ role: "editor" }, async ({ params }) => {
  const result = await deleteSchedule(prisma, webProducer(), id(params));
  if (!result.deleted) throw notFound("schedule");
  return { deleted: true, warning: result.warning };
});
