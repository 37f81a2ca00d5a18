export { finishIfComplete } from "./finish-backfill.ts";
export {
  type BackfillPlan,
  MAX_BACKFILL_PARTS,
  MIN_PART_CANDIDATES,
  type PlannedPart,
  planBackfill,
} from "./plan-backfill.ts";
export { type BackfillSummary, type RunBackfillOptions, runBackfill } from "./run-backfill.ts";
export { type PartOutcome, runBackfillPart } from "./run-part.ts";
export {
  type BackfillStarter,
  backfillJobId,
  cancelBackfill,
  enqueueBackfill,
  startBackfill,
} from "./start-backfill.ts";
