/** Queue names. Each queue gets its own worker pool so slow fetches never starve theme tagging. */
export const QUEUES = {
  /** Fetch + extract + store, one job per article. */
  ingest: "ingest",
  /** Theme tagging of one article, and backfills after a theme edit. */
  themes: "themes",
  /** Reconciler, schedules and other housekeeping. */
  maintenance: "maintenance",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
