// The best evidence sentence of each listed article for the themes it was filtered by, so a list
// reached from a chart shows why every article counted.
import type { Db } from "@tidemark/db";
import type { StoredEvidence } from "@tidemark/themes/tagging";
import { readEvidence } from "./evidence";

export interface RowEvidence {
  versionId: string;
  evidence: StoredEvidence;
}

export async function evidenceForRows(
  db: Db,
  articleIds: readonly string[],
  versionIds: readonly string[],
): Promise<Map<string, RowEvidence[]>> {
  const out = new Map<string, RowEvidence[]>();
  if (articleIds.length === 0 || versionIds.length === 0) return out;
  const hits = await db.articleThemeHit.findMany({
    where: { articleId: { in: [...articleIds] }, themeVersionId: { in: [...versionIds] } },
    select: { articleId: true, themeVersionId: true, evidence: true },
  });
  for (const hit of hits) {
    const first = readEvidence(hit.evidence)[0];
    if (!first) continue;
    const list = out.get(hit.articleId) ?? [];
    list.push({ versionId: hit.themeVersionId, evidence: first });
    out.set(hit.articleId, list);
  }
  return out;
}
