// What an edit does to a query rule's reading position. Changing what the rule watches (the
// query, its filter, the kind) makes its matches meaningless: they are dropped and the scan starts
// again — a new-article rule from the edit on (what it already read is not reported again), a
// spike rule from its baseline windows back. Other edits (name, channels) keep the cursor.
import type { AlertRule, Prisma } from "@tidemark/db";

type Subject = Pick<AlertRule, "kind" | "query" | "sourceId" | "collectionId" | "windowHours">;

export function queryScanAfterEdit(
  current: Subject,
  merged: Subject,
  now: Date,
): Pick<Prisma.AlertRuleUpdateInput, "scannedAt" | "scannedId" | "queryMatches"> {
  const changed =
    current.kind !== merged.kind ||
    current.query !== merged.query ||
    current.sourceId !== merged.sourceId ||
    current.collectionId !== merged.collectionId ||
    (merged.kind === "spike" && current.windowHours !== merged.windowHours);
  if (!changed || merged.query === null) return {};
  return {
    scannedAt: merged.kind === "spike" ? null : now,
    scannedId: null,
    queryMatches: { deleteMany: {} },
  };
}
