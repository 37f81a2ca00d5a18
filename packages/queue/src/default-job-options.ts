import type { JobsOptions } from "bullmq";

/**
 * Defaults for every job. Frozen so no caller can mutate them for everyone else.
 * Failed jobs are kept a week for the Health page; the article row in Postgres keeps the failure
 * for good. Completed jobs are dropped quickly: Postgres already records the outcome.
 */
export const DEFAULT_JOB_OPTIONS: Readonly<JobsOptions> = Object.freeze({
  attempts: 5,
  backoff: Object.freeze({ type: "exponential", delay: 2_000, jitter: 0.5 }),
  removeOnComplete: Object.freeze({ age: 3_600, count: 1_000 }),
  removeOnFail: Object.freeze({ age: 7 * 24 * 3_600, count: 5_000 }),
});
