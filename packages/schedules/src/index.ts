export {
  createSchedule,
  type DeletedSchedule,
  deleteSchedule,
  runScheduleNow,
  type SavedSchedule,
  ScheduleNotFoundError,
  setScheduleEnabled,
  updateSchedule,
} from "./crud.ts";
export {
  defaultScheduleName,
  feedParamsSchema,
  type ParsedScheduleInput,
  reingestParamsSchema,
  type ScheduleInput,
  scheduleInputSchema,
  sitemapParamsSchema,
} from "./input.ts";
export {
  exportOpml,
  importOpml,
  MAX_OPML_FEEDS,
  OpmlImportError,
  type OpmlImportOptions,
  type OpmlImportResult,
  opmlImportOptionsSchema,
} from "./opml.ts";
export type { ListedArticle, RunContext, RunCounts, RunResult } from "./run/context.ts";
export { discoverFeedUrl, FeedNotFoundError } from "./run/discover-feed.ts";
export { runReingest } from "./run/reingest-scope.ts";
export { type RunSummary, runSchedule } from "./run/run-schedule.ts";
export { type RunOutcome, type RunWithOutcome, runHistory } from "./run-history.ts";
export {
  applyTimer,
  reconcileSchedulers,
  removeScheduler,
  type SchedulerReconcile,
  schedulerId,
} from "./scheduler-sync.ts";
export { describeTiming, nextRunAfter, repeatOptions } from "./timing.ts";
