import { describe, expect, it } from "vitest";
import { describeTiming, nextRunAfter, repeatOptions, scheduleInputSchema } from "../src/index.ts";

const base = { name: "x", kind: "reingest" as const, params: { scope: "all" as const } };

describe("schedule input", () => {
  it("accepts a cron or an interval, not both and not neither", () => {
    expect(scheduleInputSchema.safeParse({ ...base, cron: "0 6 * * *" }).success).toBe(true);
    expect(scheduleInputSchema.safeParse({ ...base, intervalSeconds: 3600 }).success).toBe(true);
    expect(scheduleInputSchema.safeParse({ ...base, cron: "0 6 * * *", intervalSeconds: 3600 }).success).toBe(
      false,
    );
    expect(scheduleInputSchema.safeParse(base).success).toBe(false);
  });

  it("rejects an unreadable cron, a tiny interval and an unknown time zone with a reason", () => {
    const cron = scheduleInputSchema.safeParse({ ...base, cron: "every morning" });
    expect(cron.success).toBe(false);
    expect(JSON.stringify(cron.error?.issues)).toMatch(/cron expression/);
    expect(scheduleInputSchema.safeParse({ ...base, intervalSeconds: 1 }).success).toBe(false);
    expect(
      scheduleInputSchema.safeParse({ ...base, cron: "0 6 * * *", timezone: "Mars/Olympus" }).success,
    ).toBe(false);
    expect(
      scheduleInputSchema.safeParse({ ...base, cron: "0 6 * * *", timezone: "Asia/Kolkata" }).success,
    ).toBe(true);
  });

  it("checks kind-specific parameters", () => {
    expect(
      scheduleInputSchema.safeParse({
        name: "f",
        kind: "feed",
        intervalSeconds: 600,
        params: { url: "not a url" },
      }).success,
    ).toBe(false);
    const sitemap = scheduleInputSchema.parse({
      name: "s",
      kind: "sitemap",
      intervalSeconds: 600,
      params: { url: "https://example.com/sitemap.xml" },
    });
    expect(sitemap.params).toMatchObject({ limit: 500, keepUndated: false });
    expect(
      scheduleInputSchema.safeParse({ ...base, cron: "0 6 * * *", params: { scope: "recent" } }).success,
    ).toBe(false);
  });
});

describe("timing", () => {
  it("turns a cron into BullMQ repeat options in its time zone, and finds the next run there", () => {
    const t = { cron: "0 6 * * *", intervalSeconds: null, timezone: "Europe/Berlin" };
    expect(repeatOptions(t)).toEqual({ pattern: "0 6 * * *", tz: "Europe/Berlin" });
    // 06:00 in Berlin is 05:00 UTC in winter and 04:00 UTC in summer.
    expect(nextRunAfter(t, new Date("2024-01-10T12:00:00Z")).toISOString()).toBe("2024-01-11T05:00:00.000Z");
    expect(nextRunAfter(t, new Date("2024-07-10T12:00:00Z")).toISOString()).toBe("2024-07-11T04:00:00.000Z");
    expect(describeTiming(t)).toBe("0 6 * * * (Europe/Berlin)");
  });

  it("turns an interval into milliseconds and a readable phrase", () => {
    const t = { cron: null, intervalSeconds: 6 * 3600, timezone: "UTC" };
    expect(repeatOptions(t)).toEqual({ every: 6 * 3600 * 1000 });
    expect(nextRunAfter(t, new Date("2024-01-01T00:00:00Z")).toISOString()).toBe("2024-01-01T06:00:00.000Z");
    expect(describeTiming(t)).toBe("every 6 h");
    expect(describeTiming({ ...t, intervalSeconds: 90 })).toBe("every 90 s");
  });
});
