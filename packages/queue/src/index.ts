export { type ConnectionRole, createRedisConnection, redactRedisUrl, waitForRedis } from "./connection.ts";
export { DEFAULT_JOB_OPTIONS } from "./default-job-options.ts";
export { env as queueEnv } from "./env.ts";
export {
  INGEST_REASONS,
  JOBS,
  type JobDefinition,
  type JobKey,
  type JobPayload,
  jobKeyForName,
  type ParsedJobPayload,
} from "./jobs.ts";
export { type EnqueueOptions, Producer, type ProducerOptions } from "./producer.ts";
export { QUEUES, type QueueName } from "./queues.ts";
