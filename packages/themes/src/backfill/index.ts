export { type BackfillSummary, runBackfill } from "./run-backfill.ts";
export { type BackfillStarter, cancelBackfill, enqueueBackfill, startBackfill } from "./start-backfill.ts";
