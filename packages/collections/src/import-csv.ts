// Many collections at once from a CSV file (collection, domain, country, kind): a collection that
// already exists by name gets the new outlets; others are created.
import type { Db } from "@tidemark/db";
import { changeMembers, createCollection } from "./crud.ts";
import { parseCollectionCsv } from "./csv.ts";

export interface CsvImportResult {
  collections: { id: string; name: string; created: boolean; added: number }[];
  invalid: { line: number; reason: string }[];
}

export async function importCollectionsCsv(db: Db, text: string): Promise<CsvImportResult> {
  const parsed = parseCollectionCsv(text);
  const result: CsvImportResult = { collections: [], invalid: parsed.invalid };
  for (const c of parsed.collections) {
    const existing = await db.sourceCollection.findFirst({ where: { name: c.name }, select: { id: true } });
    const domains = c.domains.join("\n");
    if (existing) {
      const { added } = await changeMembers(db, existing.id, { add: { domains } });
      result.collections.push({ id: existing.id, name: c.name, created: false, added });
    } else {
      const saved = await createCollection(db, { name: c.name, country: c.country, kind: c.kind, domains });
      result.collections.push({ id: saved.id, name: c.name, created: true, added: saved.added });
    }
  }
  return result;
}
