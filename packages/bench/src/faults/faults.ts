// The faults, each injected once into an ingest in full flight. Each returns when the fault is
// over (the service is back, or the process is gone for good); recovery is timed from then.
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { updateTheme } from "@tidemark/themes";
import type { RunningWorker } from "../support/worker-processes.ts";
import type { OwnPostgres } from "./own-postgres.ts";
import type { OwnRedis } from "./own-redis.ts";

export interface FaultContext {
  db: Db;
  producer: Producer;
  redis: OwnRedis;
  postgres: OwnPostgres;
  workers: RunningWorker[];
  redisDownMs: number;
}

export interface Fault {
  name: string;
  what: string;
  inject(ctx: FaultContext): Promise<void>;
}

export const FAULTS: readonly Fault[] = [
  {
    name: "kill-worker",
    what: "kill -9 of one of the worker processes (not restarted)",
    async inject(ctx) {
      const victim = ctx.workers[0];
      if (!victim) throw new Error("no worker to kill");
      const exited = new Promise<void>((resolve) => victim.child.once("exit", () => resolve()));
      victim.child.kill("SIGKILL");
      await exited;
    },
  },
  {
    name: "redis-flushall",
    what: "Redis FLUSHALL (every job, timer and lock gone)",
    async inject(ctx) {
      await ctx.redis.flushAll();
    },
  },
  {
    name: "redis-down",
    what: "Redis stopped, then restarted empty",
    async inject(ctx) {
      await ctx.redis.down();
      await new Promise((resolve) => setTimeout(resolve, ctx.redisDownMs));
      await ctx.redis.up();
    },
  },
  {
    name: "postgres-restart",
    what: "PostgreSQL restarted (fast shutdown: every connection cut)",
    async inject(ctx) {
      await ctx.postgres.restart();
    },
  },
  {
    name: "theme-edit",
    what: "a theme's definition edited mid-ingest (new version + backfill)",
    async inject(ctx) {
      const theme = await ctx.db.theme.findFirstOrThrow({
        where: { active: true },
        orderBy: { slug: "asc" },
      });
      await updateTheme(ctx.db, ctx.producer, theme.id, {
        definition: "trump OR biden OR congress OR senate",
      });
    },
  },
];
