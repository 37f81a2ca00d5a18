// The worker logs through the one @tidemark/logger shared with the web app; each job gets a child
// logger carrying its queue, name and id (see workers.ts).
export { childLogger, type Logger, logger } from "@tidemark/logger";
