// @tidemark/demo: the demo corpus shipped in seeds/demo — asking for it to be loaded or removed
// (a Postgres row plus a wake-up job), doing that work in the worker, and its progress. Where the
// corpus lives on disk is in "@tidemark/demo/paths" (for the CLI and the worker, not the web).
export {
  DemoCorpusError,
  type DemoManifest,
  demoManifestSchema,
  readDemoLines,
  readDemoManifest,
} from "./manifest.ts";
export { type DemoProgress, demoProgress } from "./progress.ts";
export { demoDocument, demoKeyPrefix } from "./records.ts";
export {
  type DemoRequestOutcome,
  type DemoRequestResult,
  requestDemoLoad,
  requestDemoReload,
  requestDemoRemoval,
  wakeDemoWorker,
} from "./request.ts";
export { DEMO_CHUNK, type DemoRunReport, runOwedDemoWork } from "./run.ts";
export { type DemoState, OWED_STATUSES, readDemoState } from "./state.ts";
