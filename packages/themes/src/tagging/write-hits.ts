// Writing one article's hits for some theme versions, and moving the aggregates with them: a
// version that newly matches adds the article to its counts, one that stops matching takes it
// back. Runs under the article's row lock.
import type { Prisma } from "@tidemark/db";
import { applyThemeDelta } from "../coverage/apply-delta.ts";
import { lockArticle } from "../coverage/lock-article.ts";
import type { MatchResult } from "../query/index.ts";
import { evidenceJson } from "./evidence-json.ts";

export interface VersionResult {
  themeId: string;
  versionId: string;
  result: MatchResult | null;
}

export interface HitChanges {
  added: number;
  removed: number;
  kept: number;
}

export async function writeArticleHits(
  tx: Prisma.TransactionClient,
  articleId: string,
  results: readonly VersionResult[],
): Promise<HitChanges> {
  const changes: HitChanges = { added: 0, removed: 0, kept: 0 };
  const locked = await lockArticle(tx, articleId);
  if (!locked || results.length === 0) return changes;
  const existing = new Set(
    (
      await tx.articleThemeHit.findMany({
        where: { articleId, themeVersionId: { in: results.map((r) => r.versionId) } },
        select: { themeVersionId: true },
      })
    ).map((h) => h.themeVersionId),
  );
  const added: string[] = [];
  const removed: string[] = [];
  for (const { themeId, versionId, result } of results) {
    if (result) {
      const data = {
        score: result.score,
        mentions: result.mentions,
        titleMentions: result.titleMentions,
        evidence: evidenceJson(result) as unknown as Prisma.InputJsonValue,
      };
      await tx.articleThemeHit.upsert({
        where: { articleId_themeVersionId: { articleId, themeVersionId: versionId } },
        create: { articleId, themeVersionId: versionId, themeId, ...data },
        update: data,
      });
      if (existing.has(versionId)) changes.kept += 1;
      else added.push(versionId);
    } else if (existing.has(versionId)) {
      removed.push(versionId);
    }
  }
  if (removed.length) {
    await tx.articleThemeHit.deleteMany({ where: { articleId, themeVersionId: { in: removed } } });
  }
  if (locked.counted) {
    await applyThemeDelta(tx, locked.counted, added, 1);
    await applyThemeDelta(tx, locked.counted, removed, -1);
  }
  changes.added = added.length;
  changes.removed = removed.length;
  return changes;
}
