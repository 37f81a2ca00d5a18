// Outlets named by address become source rows (created when Tidemark has not seen them yet, so a
// collection can be prepared before its outlets' articles arrive), in one statement.
import type { Db } from "@tidemark/db";
import { CollectionError } from "./errors.ts";

export async function sourcesForDomains(db: Db, domains: readonly string[]): Promise<string[]> {
  if (domains.length === 0) return [];
  // Insert the missing ones, then read all: ON CONFLICT DO NOTHING returns only new rows.
  await db.$executeRaw`
    INSERT INTO sources (id, key, domain, created_at, updated_at)
    SELECT gen_random_uuid(), d, d, now(), now() FROM unnest(CAST(${[...domains]} AS text[])) AS d
    ON CONFLICT (key) DO NOTHING`;
  const rows = await db.source.findMany({ where: { key: { in: [...domains] } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Refuses ids that name no source, so a typo does not quietly add nothing. */
export async function checkSourceIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const found = await db.source.findMany({ where: { id: { in: unique } }, select: { id: true } });
  if (found.length !== unique.length) {
    const known = new Set(found.map((f) => f.id));
    const missing = unique.filter((id) => !known.has(id));
    throw new CollectionError("unknown_source", `No source with id ${missing.slice(0, 5).join(", ")}.`, {
      missing,
    });
  }
  return unique;
}
