// Schedules through the API: created in Postgres with a live BullMQ timer, paused (timer gone),
// run now (a job queued), validated (a bad cron is a 400 with the reason), deleted.
import { prisma } from "@tidemark/db";
import { QUEUES } from "@tidemark/queue";
import { schedulerId } from "@tidemark/schedules";
import { beforeEach, describe, expect, it } from "vitest";
import {
  DELETE as deleteSchedule,
  GET as getSchedule,
  PATCH as patchSchedule,
} from "@/app/api/schedules/[id]/route";
import { POST as runNow } from "@/app/api/schedules/[id]/run/route";
import { POST as createSchedule, GET as listSchedules } from "@/app/api/schedules/route";
import { webProducer } from "@/lib/server/queue";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
});

const timer = (id: string) => webProducer().queue(QUEUES.maintenance).getJobScheduler(schedulerId(id));

describe("schedules API", () => {
  it("creates, pauses, resumes, runs and deletes a re-ingest schedule", async () => {
    const created = await call(createSchedule, {
      method: "POST",
      path: "/api/schedules",
      as: { session: user },
      json: {
        kind: "reingest",
        name: "Nightly refresh",
        cron: "0 3 * * *",
        timezone: "Europe/Berlin",
        params: { scope: "recent", days: 7 },
      },
    });
    expect(created.status).toBe(201);
    const { schedule } = await json<{ schedule: { id: string; timing: string; nextRunAt: string } }>(created);
    expect(schedule.timing).toBe("0 3 * * * (Europe/Berlin)");
    expect(new Date(schedule.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    expect(await timer(schedule.id)).toMatchObject({ pattern: "0 3 * * *", tz: "Europe/Berlin" });

    const params = { id: schedule.id };
    const paused = await call(patchSchedule, {
      method: "PATCH",
      path: `/api/schedules/${schedule.id}`,
      as: { session: user },
      params,
      json: { enabled: false },
    });
    expect(paused.status).toBe(200);
    expect(await timer(schedule.id)).toBeUndefined();
    await call(patchSchedule, {
      method: "PATCH",
      path: `/api/schedules/${schedule.id}`,
      as: { session: user },
      params,
      json: { enabled: true },
    });
    expect(await timer(schedule.id)).toBeDefined();

    const run = await call(runNow, {
      method: "POST",
      path: `/api/schedules/${schedule.id}/run`,
      as: { session: user },
      params,
    });
    expect(run.status).toBe(202);
    expect(await webProducer().hasLiveJob(QUEUES.maintenance, `${schedule.id}-manual`)).toBe(true);

    const list = await json<{ schedules: { id: string }[] }>(
      await call(listSchedules, { path: "/api/schedules", as: { session: user } }),
    );
    expect(list.schedules.map((s) => s.id)).toEqual([schedule.id]);
    const one = await call(getSchedule, {
      path: `/api/schedules/${schedule.id}`,
      as: { session: user },
      params,
    });
    expect((await json<{ runs: unknown[] }>(one)).runs).toEqual([]);

    const deleted = await call(deleteSchedule, {
      method: "DELETE",
      path: `/api/schedules/${schedule.id}`,
      as: { session: user },
      params,
    });
    expect(deleted.status).toBe(200);
    expect(await prisma.schedule.count()).toBe(0);
    expect(await timer(schedule.id)).toBeUndefined();
  });

  it("rejects a schedule with a bad cron expression or both timings, saying why", async () => {
    const badCron = await call(createSchedule, {
      method: "POST",
      path: "/api/schedules",
      as: { session: user },
      json: { kind: "reingest", name: "x", cron: "every day", params: { scope: "all" } },
    });
    expect(badCron.status).toBe(400);
    expect(JSON.stringify(await json(badCron))).toMatch(/cron expression/);
    const both = await call(createSchedule, {
      method: "POST",
      path: "/api/schedules",
      as: { session: user },
      json: {
        kind: "reingest",
        name: "x",
        cron: "0 3 * * *",
        intervalSeconds: 3600,
        params: { scope: "all" },
      },
    });
    expect(both.status).toBe(400);
    expect(await prisma.schedule.count()).toBe(0);
  });

  it("refuses a feed address it may not fetch, with the reason, and saves nothing", async () => {
    const response = await call(createSchedule, {
      method: "POST",
      path: "/api/schedules",
      as: { session: user },
      json: {
        kind: "feed",
        name: "x",
        intervalSeconds: 3600,
        params: { url: "http://127.0.0.1:9/feed.xml" },
      },
    });
    expect(response.status).toBe(422);
    expect((await json<{ error: { message: string } }>(response)).error.message).toMatch(/loopback/);
    expect(await prisma.schedule.count()).toBe(0);
  });
});
