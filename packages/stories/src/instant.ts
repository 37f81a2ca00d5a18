// When an article happened, as coverage counts it: publication, else fetch, else creation time.
import { Prisma } from "@tidemark/db";

export const instantOf = (alias: string) =>
  Prisma.sql`coalesce(${Prisma.raw(alias)}.published_at, ${Prisma.raw(alias)}.fetched_at, ${Prisma.raw(alias)}.created_at)`;
