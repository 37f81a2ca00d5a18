// Import history: every batch added (a list of URLs, or an uploaded file) is kept with who added
// it, when, what intake made of it, and the articles it resolved to (created or already stored),
// so its progress can be followed later and its results never vanish with the page.
import type { Db } from "@tidemark/db";
import { type IntakeOutcome, summarize } from "../results.ts";

export interface ImportBatch {
  kind: "urls" | "file";
  /** The user who added it; null for callers with no user (scripts run with DB access). */
  userId: string | null;
  fileName?: string | undefined;
  format?: string | undefined;
  mode?: string | undefined;
  outcomes: readonly IntakeOutcome[];
}

const LINK_CHUNK = 50_000;

/** Records a batch and links it to its articles (one transaction); returns the import's id. */
export async function recordImport(db: Db, batch: ImportBatch): Promise<string> {
  const summary = summarize([...batch.outcomes]);
  const links = new Map<string, boolean>();
  for (const o of batch.outcomes) {
    if (o.outcome === "invalid") continue;
    links.set(o.articleId, (links.get(o.articleId) ?? false) || o.outcome === "created");
  }
  const articleIds = [...links.keys()];
  const isNew = [...links.values()];
  // Links go in as two arrays per statement (unnest), not one bind parameter per value: a
  // 100,000-line file is a few statements, not thousands.
  return db.$transaction(
    async (tx) => {
      const { id } = await tx.import.create({
        data: {
          kind: batch.kind,
          fileName: batch.fileName ?? null,
          format: batch.format ?? null,
          mode: batch.mode ?? null,
          userId: batch.userId,
          submitted: batch.outcomes.length,
          created: summary.created,
          duplicate: summary.duplicate,
          invalid: summary.invalid,
        },
        select: { id: true },
      });
      for (let i = 0; i < articleIds.length; i += LINK_CHUNK) {
        await tx.$executeRaw`
          INSERT INTO import_articles (import_id, article_id, is_new)
          SELECT CAST(${id} AS uuid), l.article_id, l.is_new
          FROM unnest(CAST(${articleIds.slice(i, i + LINK_CHUNK)} AS uuid[]),
                      CAST(${isNew.slice(i, i + LINK_CHUNK)} AS boolean[])) AS l(article_id, is_new)`;
      }
      return id;
    },
    { timeout: 120_000 },
  );
}
