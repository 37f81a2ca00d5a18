// The data-access entry point for server components: the database handle comes only with a
// verified session (requireUser: database-checked, cached per request) and, when given, a role.
// Pages and their server sections import this instead of `prisma` (biome.json forbids the direct
// import under app/(app)), so no query can run for a request without a real session — not even
// while the layout, which renders in parallel, is still deciding to redirect.

import type { Role } from "@tidemark/accounts";
import { type Db, prisma, readPrisma } from "@tidemark/db";
import { requireRole } from "./authenticate";
import type { SessionUser } from "./session-user";

/**
 * Pages only read, so their handle is the read replica when DATABASE_READ_URL is set (see
 * docs/scaling.md); the session check itself reads the primary. API routes keep the primary.
 */
export async function authedDb(role: Role = "viewer"): Promise<{ db: Db; user: SessionUser }> {
  const user = await requireRole(role);
  return { db: readPrisma, user };
}

/**
 * The primary, for the one kind of write a page makes: caches of derived results (emerging terms,
 * see @tidemark/themes terms-cache.ts), which must not go to a read replica.
 */
export async function authedCacheDb(role: Role = "viewer"): Promise<Db> {
  await requireRole(role);
  return prisma;
}
