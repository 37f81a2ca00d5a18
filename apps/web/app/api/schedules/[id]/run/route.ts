// POST /api/schedules/:id/run — run it now, outside its timetable.
import { prisma } from "@tidemark/db";
import { runScheduleNow } from "@tidemark/schedules";
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { withScheduleErrors } from "@/lib/schedules/schedule-errors";
import { webProducer } from "@/lib/server/queue";

export const POST = apiRoute({ role: "editor" }, async ({ params }) =>
  withScheduleErrors(async () => {
    const queued = await runScheduleNow(prisma, webProducer(), z.uuid().parse(params.id));
    return NextResponse.json(
      {
        queued,
        message: queued ? "Queued; it starts within seconds." : "A manual run is already queued or running.",
      },
      { status: queued ? 202 : 200 },
    );
  }),
);
