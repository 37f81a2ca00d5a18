// Whether a Prisma call failed on a unique constraint (P2002): the row another writer inserted
// first exists now, so the caller reads it instead of failing.
import { Prisma } from "./generated/prisma/client.ts";

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
