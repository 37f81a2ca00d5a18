// A family's head is its earliest member (by instant, then id); it moves when an earlier copy
// arrives later. A family left without members is removed. One statement either way. The caller
// holds the family row lock.
import type { Prisma } from "@tidemark/db";
import { instantOf } from "../instant.ts";

export async function refreshFamily(tx: Prisma.TransactionClient, familyId: string): Promise<void> {
  await tx.$executeRaw`
    WITH head AS (
      SELECT a.id, ${instantOf("a")} AS instant FROM articles a
      WHERE a.family_id = ${familyId}::uuid ORDER BY 2, 1 LIMIT 1
    ), emptied AS (
      DELETE FROM text_families WHERE id = ${familyId}::uuid AND NOT EXISTS (SELECT 1 FROM head)
    )
    UPDATE text_families f SET head_article_id = head.id, first_seen_at = head.instant, updated_at = now()
    FROM head
    WHERE f.id = ${familyId}::uuid
      AND (f.head_article_id IS DISTINCT FROM head.id OR f.first_seen_at <> head.instant)`;
}
