// A family's head is its earliest member (by instant, then id); it moves when an earlier copy
// arrives later. A family left without members is removed. The caller holds the family row lock.
import type { Prisma } from "@tidemark/db";
import { instantOf } from "../instant.ts";

export async function refreshFamily(tx: Prisma.TransactionClient, familyId: string): Promise<void> {
  const [head] = await tx.$queryRaw<{ id: string; instant: Date }[]>`
    SELECT a.id::text, ${instantOf("a")} AS instant FROM articles a
    WHERE a.family_id = ${familyId}::uuid ORDER BY 2, 1 LIMIT 1`;
  if (!head) {
    await tx.$executeRaw`DELETE FROM text_families WHERE id = ${familyId}::uuid`;
    return;
  }
  await tx.$executeRaw`
    UPDATE text_families SET head_article_id = ${head.id}::uuid, first_seen_at = ${head.instant}, updated_at = now()
    WHERE id = ${familyId}::uuid
      AND (head_article_id IS DISTINCT FROM ${head.id}::uuid OR first_seen_at <> ${head.instant})`;
}
