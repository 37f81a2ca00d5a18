// The import history, newest first, a page at a time: each import with who added it and its
// progress. Settled imports show the counts kept when they settled; only imports still running
// are counted, so a page costs the size of its running imports, never a table scan.
import type { Db } from "@tidemark/db";
import { countImportArticles, emptyCounts } from "./import-counts.ts";
import { type ImportProgress, importProgress, storedCounts } from "./import-progress.ts";

export interface ImportEntry {
  id: string;
  kind: string;
  fileName: string | null;
  format: string | null;
  mode: string | null;
  username: string | null;
  submitted: number;
  created: number;
  duplicate: number;
  invalid: number;
  createdAt: Date;
  settledAt: Date | null;
  progress: ImportProgress;
}

export interface ImportPage {
  entries: ImportEntry[];
  /** Page numbers (1-based) of the neighbours, or null at either end. */
  prev: number | null;
  next: number | null;
}

export const IMPORT_PAGE_SIZE = 10;

export async function listImports(
  db: Db,
  {
    page = 1,
    pageSize = IMPORT_PAGE_SIZE,
    now = new Date(),
  }: { page?: number; pageSize?: number; now?: Date } = {},
): Promise<ImportPage> {
  const rows = await db.import.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize + 1,
    include: { user: { select: { username: true } } },
  });
  const shown = rows.slice(0, pageSize);
  const live = await countImportArticles(
    db,
    shown.filter((r) => !r.settledAt).map((r) => r.id),
  );
  const entries = shown.map(({ user, finalCounts, userId: _user, ...row }): ImportEntry => {
    const counts = row.settledAt ? storedCounts(finalCounts) : (live.get(row.id) ?? emptyCounts());
    return {
      ...row,
      username: user?.username ?? null,
      progress: importProgress(counts, row.createdAt, row.settledAt ?? now),
    };
  });
  return { entries, prev: page > 1 ? page - 1 : null, next: rows.length > pageSize ? page + 1 : null };
}
