// Enqueuing. Payloads are validated against the registry before they reach Redis, so a bad
// payload fails at the caller, not later inside a worker.
import { type Job, type JobsOptions, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { createRedisConnection, waitForRedis } from "./connection.ts";
import { DEFAULT_JOB_OPTIONS } from "./default-job-options.ts";
import { env } from "./env.ts";
import { JOBS, type JobKey, type JobPayload } from "./jobs.ts";
import type { QueueName } from "./queues.ts";

/** States in which a job with a given id still stands for pending or running work. */
const LIVE_STATES = new Set(["waiting", "active", "delayed", "prioritized", "waiting-children"]);

export interface ProducerOptions {
  connection?: Redis;
  prefix?: string;
  /** How long enqueue() waits for Redis before giving up with an error. */
  connectTimeoutMs?: number;
}

const LOCKED = /locked/i;

type JobPresence = "live" | "finished";

/** Removes a finished job; false when a worker holds its lock (the job is running after all). */
async function removeUnlessLocked(job: Job): Promise<boolean> {
  try {
    await job.remove();
    return true;
  } catch (error) {
    if (error instanceof Error && LOCKED.test(error.message)) return false;
    throw error;
  }
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
      // Connection problems already surface through the rejected add()/getJob() calls and the
      // connection's own error listener; without a listener an 'error' event would crash.
      queue.on("error", () => {});
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Whether a job with this id is waiting, delayed or running (not finished or missing). */
  async hasLiveJob(name: QueueName, jobId: string): Promise<boolean> {
    return (await this.liveJobIds(name, [jobId])).has(jobId);
  }

  /**
   * Which of these job ids have a live job, in one round trip however many ids: the reconciler
   * checks thousands of articles a minute. A job's hash exists from add() until removal and gets
   * `finishedOn` when it completes or fails for good, so "hash present, no finishedOn" is live.
   */
  async liveJobIds(name: QueueName, jobIds: readonly string[]): Promise<Set<string>> {
    const states = await this.jobStates(name, jobIds);
    return new Set(jobIds.filter((id) => states.get(id) === "live"));
  }

  /** "live" or "finished" per id that has a job (missing ids are absent), in one round trip. */
  private async jobStates(name: QueueName, jobIds: readonly string[]): Promise<Map<string, JobPresence>> {
    const states = new Map<string, JobPresence>();
    if (jobIds.length === 0) return states;
    await this.ready();
    const queue = this.queue(name);
    const pipeline = this.connection.pipeline();
    for (const id of jobIds) pipeline.hmget(queue.toKey(id), "timestamp", "finishedOn");
    const replies = (await pipeline.exec()) ?? [];
    replies.forEach(([error, fields], index) => {
      if (error) throw error;
      const [timestamp, finishedOn] = fields as [string | null, string | null];
      const id = jobIds[index];
      if (id !== undefined && timestamp !== null) states.set(id, finishedOn === null ? "live" : "finished");
    });
    return states;
  }

  /**
   * Adds a job. With `jobId`, at most one live job per id exists: a live job is left alone, and a
   * finished (completed/failed) job with the same id is removed first so the work can run again.
   * Returns false when a live job already covered the request.
   */
  async enqueue<K extends JobKey>(
    key: K,
    payload: JobPayload<K>,
    options: JobsOptions = {},
  ): Promise<boolean> {
    const definition = JOBS[key];
    const data = definition.schema.parse(payload);
    await this.ready();
    const queue = this.queue(definition.queue);
    if (options.jobId) {
      const existing = await queue.getJob(options.jobId);
      if (existing) {
        const state = await existing.getState();
        if (LIVE_STATES.has(state)) return false;
        // Between getState() and remove() a worker may have taken the job (it is then locked):
        // that job is live, which is all this call wanted.
        if (!(await removeUnlessLocked(existing))) return false;
      }
    }
    await queue.add(definition.name, data, { ...definition.options, ...options });
    return true;
  }

  /**
   * enqueue() for many keyed jobs at once: one round trip to find the live ones, one bulk add for
   * the rest. Returns the ids actually added (a live job already covered the others). A job id
   * that exists but is finished is removed first so the work runs again, as in enqueue().
   */
  async enqueueMany<K extends JobKey>(
    key: K,
    jobs: readonly { jobId: string; payload: JobPayload<K> }[],
    options: Omit<JobsOptions, "jobId"> = {},
  ): Promise<Set<string>> {
    const definition = JOBS[key];
    const parsed = jobs.map((job) => ({ jobId: job.jobId, data: definition.schema.parse(job.payload) }));
    const ids = parsed.map((job) => job.jobId);
    const states = await this.jobStates(definition.queue, ids);
    const queue = this.queue(definition.queue);
    const toAdd = [];
    for (const job of parsed) {
      const state = states.get(job.jobId);
      if (state === "live") continue;
      if (state === "finished") {
        const existing = await queue.getJob(job.jobId);
        if (existing && !(await removeUnlessLocked(existing))) continue;
      }
      toAdd.push({
        name: definition.name,
        data: job.data,
        opts: { ...definition.options, ...options, jobId: job.jobId },
      });
    }
    // addBulk skips an id some other producer added meanwhile, so a race adds nothing twice.
    if (toAdd.length > 0) await queue.addBulk(toAdd);
    return new Set(toAdd.map((job) => job.opts.jobId));
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
