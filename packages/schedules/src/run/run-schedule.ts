// One run of a schedule, recorded in Postgres (schedule_runs + the schedule's last-run fields)
// whatever its outcome. A paused schedule's timer may still fire once if Redis had it queued;
// such a run is skipped, so "paused" always means "does not run".
import type { Prisma, Schedule } from "@tidemark/db";
import { feedParamsSchema, reingestParamsSchema, sitemapParamsSchema } from "../input.ts";
import { nextRunAfter } from "../timing.ts";
import type { ListedArticle, RunContext, RunCounts, RunResult } from "./context.ts";
import { runSitemapCrawl } from "./crawl-sitemap.ts";
import { type FeedState, runFeedPoll } from "./poll-feed.ts";
import { runReingest } from "./reingest-scope.ts";

export interface RunSummary {
  status: "done" | "failed" | "skipped";
  runId?: string;
  counts?: RunCounts;
  error?: string;
}

async function execute(ctx: RunContext, schedule: Schedule): Promise<RunResult & { state?: FeedState }> {
  switch (schedule.kind) {
    case "reingest":
      return { counts: await runReingest(ctx, reingestParamsSchema.parse(schedule.params)) };
    case "feed":
      return runFeedPoll(ctx, feedParamsSchema.parse(schedule.params), (schedule.state ?? {}) as FeedState);
    case "sitemap":
      return runSitemapCrawl(ctx, sitemapParamsSchema.parse(schedule.params));
  }
}

/** Links are written in slices, so a 50,000-URL sitemap is not one huge statement. */
const LINK_CHUNK = 5_000;

export async function runSchedule(
  ctx: RunContext,
  scheduleId: string,
  trigger: "scheduler" | "manual",
): Promise<RunSummary> {
  const schedule = await ctx.db.schedule.findUnique({ where: { id: scheduleId } });
  if (!schedule) return { status: "skipped", error: "schedule deleted" };
  if (trigger === "scheduler" && !schedule.enabled) return { status: "skipped", error: "schedule paused" };

  const run = await ctx.db.scheduleRun.create({ data: { scheduleId, trigger } });
  let summary: RunSummary;
  let state: FeedState | undefined;
  let listed: ListedArticle[] = [];
  try {
    const result = await execute(ctx, schedule);
    state = result.state;
    listed = result.articles ?? [];
    summary = { status: "done", runId: run.id, counts: result.counts };
  } catch (error) {
    summary = {
      status: "failed",
      runId: run.id,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  const finishedAt = new Date();
  // The run row, the schedule row and the articles the run listed change together, so no reader
  // sees a finished run on a schedule that does not yet say so, or counts without their articles.
  // An article another run of this schedule already listed keeps its first run.
  // An article deleted meanwhile is simply not linked (the join), rather than failing the run.
  const links = [];
  for (let i = 0; i < listed.length; i += LINK_CHUNK) {
    const slice = listed.slice(i, i + LINK_CHUNK);
    links.push(
      ctx.db.$executeRaw`
        INSERT INTO schedule_articles (schedule_id, article_id, run_id, is_new)
        SELECT CAST(${scheduleId} AS uuid), a.id, CAST(${run.id} AS uuid), l.is_new
        FROM unnest(CAST(${slice.map((x) => x.articleId)} AS uuid[]), CAST(${slice.map((x) => x.isNew)} AS boolean[]))
             AS l(id, is_new)
        JOIN articles a ON a.id = l.id
        ON CONFLICT DO NOTHING`,
    );
  }
  await ctx.db.$transaction([
    ...links,
    ctx.db.scheduleRun.update({
      where: { id: run.id },
      data: {
        status: summary.status,
        counts: (summary.counts ?? {}) as Prisma.InputJsonValue,
        error: summary.error ?? null,
        finishedAt,
      },
    }),
    ctx.db.schedule.update({
      where: { id: scheduleId },
      data: {
        lastRunAt: finishedAt,
        lastRunStatus: summary.status,
        lastRunSummary: {
          counts: summary.counts ?? {},
          error: summary.error ?? null,
          trigger,
        } as Prisma.InputJsonValue,
        nextRunAt: schedule.enabled ? nextRunAfter(schedule, finishedAt) : null,
        ...(state ? { state: state as Prisma.InputJsonValue } : {}),
      },
    }),
  ]);
  return summary;
}
