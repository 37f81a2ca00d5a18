export { createPrismaClient, type Db, prisma, readPrisma } from "./client.ts";
export * from "./generated/prisma/client.ts";
export { statementsSent } from "./statements-sent.ts";
export { isTransientDbError, type RetryOptions, withDbRetry } from "./transient.ts";
export { isUniqueViolation } from "./unique-violation.ts";
export { uuid7 } from "./uuid7.ts";
