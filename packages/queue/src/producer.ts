// Enqueuing. Payloads are validated against the registry before they reach Redis, so a bad
// payload fails at the caller, not later inside a worker.
//
// Jobs are wake-up calls for work Postgres already records, so each piece of work has an id (an
// article id, a backfill id) and BullMQ's own deduplication keeps at most one waiting job per id:
// a request while that job waits is absorbed by it, and a request while it runs is kept as one
// follow-up job that starts when the running one ends (`keepLastIfActive`). Both happen inside
// one Redis script, so there is no check-then-act between producers, and a request is never
// dropped because an older job was already running on stale data.
import { randomUUID } from "node:crypto";
import { type JobsOptions, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { createRedisConnection, waitForRedis } from "./connection.ts";
import { DEFAULT_JOB_OPTIONS } from "./default-job-options.ts";
import { env } from "./env.ts";
import { JOBS, type JobKey, type JobPayload } from "./jobs.ts";
import type { QueueName } from "./queues.ts";

export interface ProducerOptions {
  connection?: Redis;
  prefix?: string;
  /** How long enqueue() waits for Redis before giving up with an error. */
  connectTimeoutMs?: number;
}

/** Options of one request; `dedupeId` names the work (at most one waiting job per id). */
export type EnqueueOptions = Omit<JobsOptions, "jobId" | "deduplication"> & { dedupeId?: string };

/** BullMQ job ids may not contain ":"; ours are `<dedupeId>_<random>` so a new job is recognisable. */
function newJobId(dedupeId: string | undefined): string {
  const suffix = randomUUID().replaceAll("-", "").slice(0, 12);
  return dedupeId ? `${dedupeId.replaceAll(":", "_")}_${suffix}` : suffix;
}

export class Producer {
  private readonly connection: Redis;
  private readonly ownsConnection: boolean;
  private readonly prefix: string;
  private readonly connectTimeoutMs: number;
  private readonly queues = new Map<QueueName, Queue>();
  private closing: Promise<void> | undefined;

  constructor(options: ProducerOptions = {}) {
    this.connection = options.connection ?? createRedisConnection("producer");
    this.ownsConnection = options.connection === undefined;
    this.prefix = options.prefix ?? env.REDIS_PREFIX;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 3_000;
  }

  /**
   * Resolves once Redis answers, or rejects within the connect timeout. BullMQ itself would wait
   * for Redis indefinitely; a producer serving a request must not.
   */
  ready(): Promise<void> {
    return waitForRedis(this.connection, this.connectTimeoutMs);
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.prefix,
        defaultJobOptions: { ...DEFAULT_JOB_OPTIONS },
      });
      // Connection problems already surface through the rejected add() calls and the
      // connection's own error listener; without a listener an 'error' event would crash.
      queue.on("error", () => {});
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Whether work with this id has a job waiting, delayed or running. */
  async hasLiveJob(name: QueueName, dedupeId: string): Promise<boolean> {
    return (await this.liveJobIds(name, [dedupeId])).has(dedupeId);
  }

  /**
   * Which of these work ids have a live job, in two round trips however many ids: the reconciler
   * checks thousands of articles a minute. BullMQ keeps a deduplication key from add() until the
   * job finishes for good; a key whose job hash is gone (Redis lost it) does not count.
   */
  async liveJobIds(name: QueueName, dedupeIds: readonly string[]): Promise<Set<string>> {
    const live = new Set<string>();
    if (dedupeIds.length === 0) return live;
    await this.ready();
    const queue = this.queue(name);
    const keys = this.connection.pipeline();
    for (const id of dedupeIds) keys.get(queue.toKey(`de:${id}`));
    const jobIds = ((await keys.exec()) ?? []).map(([error, value]) => {
      if (error) throw error;
      return typeof value === "string" ? value : null;
    });
    const hashes = this.connection.pipeline();
    const asked: string[] = [];
    jobIds.forEach((jobId, index) => {
      const id = dedupeIds[index];
      if (jobId === null || id === undefined) return;
      hashes.hmget(queue.toKey(jobId), "timestamp", "finishedOn");
      asked.push(id);
    });
    if (asked.length === 0) return live;
    ((await hashes.exec()) ?? []).forEach(([error, fields], index) => {
      if (error) throw error;
      const [timestamp, finishedOn] = fields as [string | null, string | null];
      const id = asked[index];
      if (id !== undefined && timestamp !== null && finishedOn === null) live.add(id);
    });
    return live;
  }

  /**
   * Asks for the work once. Returns true when a new job was created, false when a job for the
   * same `dedupeId` already covers the request (waiting, or running with a follow-up now set).
   */
  async enqueue<K extends JobKey>(
    key: K,
    payload: JobPayload<K>,
    options: EnqueueOptions = {},
  ): Promise<boolean> {
    const definition = JOBS[key];
    const data = definition.schema.parse(payload);
    await this.ready();
    const { dedupeId, ...rest } = options;
    const jobId = newJobId(dedupeId);
    const job = await this.queue(definition.queue).add(definition.name, data, {
      ...definition.options,
      ...rest,
      jobId,
      ...(dedupeId ? { deduplication: { id: dedupeId, keepLastIfActive: true } } : {}),
    });
    return job.id === jobId;
  }

  /**
   * enqueue() for many pieces of work in one round trip. Returns the work ids that got a new job
   * (the others were already covered by a waiting or running job).
   */
  async enqueueMany<K extends JobKey>(
    key: K,
    jobs: readonly { dedupeId: string; payload: JobPayload<K> }[],
    options: Omit<EnqueueOptions, "dedupeId"> = {},
  ): Promise<Set<string>> {
    const definition = JOBS[key];
    const parsed = jobs.map((job) => ({
      dedupeId: job.dedupeId,
      jobId: newJobId(job.dedupeId),
      data: definition.schema.parse(job.payload),
    }));
    if (parsed.length === 0) return new Set();
    await this.ready();
    const added = await this.queue(definition.queue).addBulk(
      parsed.map((job) => ({
        name: definition.name,
        data: job.data,
        opts: {
          ...definition.options,
          ...options,
          jobId: job.jobId,
          deduplication: { id: job.dedupeId, keepLastIfActive: true },
        },
      })),
    );
    const created = new Set<string>();
    added.forEach((job, index) => {
      const asked = parsed[index];
      if (asked && job.id === asked.jobId) created.add(asked.dedupeId);
    });
    return created;
  }

  /** Closes queues, then the connection. Safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.queues.values()].map((q) => q.close()));
      if (!this.ownsConnection) return;
      // quit() waits for pending replies but needs a live connection; one that never connected
      // (or is reconnecting after an outage) is just dropped.
      if (this.connection.status === "ready") await this.connection.quit();
      else this.connection.disconnect();
    })();
    return this.closing;
  }
}
