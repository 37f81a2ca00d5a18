// GET /api/schedules: every schedule with its timing and last/next run.
// POST /api/schedules: create one (a feed may be given as a site address; its feed is found).
import { prisma } from "@tidemark/db";
import { createSchedule, scheduleInputSchema } from "@tidemark/schedules";
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/route";
import { withResolvedFeed } from "@/lib/schedules/resolve-feed";
import { withScheduleErrors } from "@/lib/schedules/schedule-errors";
import { scheduleJson } from "@/lib/schedules/schedule-json";
import { webProducer } from "@/lib/server/queue";

export const GET = apiRoute({ role: "viewer" }, async () => {
  const schedules = await prisma.schedule.findMany({
    orderBy: { createdAt: "asc" },
    include: { source: { select: { name: true, key: true } } },
  });
  return { schedules: schedules.map(scheduleJson) };
});

export const POST = apiRoute({ role: "editor", body: scheduleInputSchema }, async ({ body }) =>
  withScheduleErrors(async () => {
    const saved = await createSchedule(prisma, webProducer(), await withResolvedFeed(body));
    return NextResponse.json(
      { schedule: scheduleJson(saved.schedule), warning: saved.warning },
      { status: 201 },
    );
  }),
);
