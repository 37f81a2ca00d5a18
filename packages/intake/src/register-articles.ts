// The one place new article rows are written. Every intake path (URLs from the API or CLI, files,
// seeds, feeds later) builds candidates and comes through here, so dedupe rules are the same
// everywhere:
//  - two inputs with the same normalized URL in one batch: the second is a duplicate of the first;
//  - an input whose normalized URL matches an existing article's normalized or canonical URL is a
//    duplicate of that article (or of the article that one duplicates);
//  - inserts race safely through the unique index on normalized_url.
import { type Db, type Prisma, withDbRetry } from "@tidemark/db";
import type { IntakeOutcome } from "./results.ts";

export interface ArticleCandidate {
  /** What the user gave us, echoed back in the outcome. */
  input: string;
  normalizedUrl: string;
  data: Omit<Prisma.ArticleCreateManyInput, "normalizedUrl">;
}

export interface Registration {
  outcomes: IntakeOutcome[];
  createdIds: string[];
}

interface ExistingArticle {
  id: string;
  normalizedUrl: string;
  canonicalUrl: string | null;
  duplicateOfId: string | null;
}

/** URLs registered per transaction: bounded, so any list size works (Postgres allows 65,535 bind
 * parameters per statement; a lookup takes two per URL). */
export const REGISTER_CHUNK = 2_000;

export async function registerArticles(
  db: Db,
  candidates: readonly ArticleCandidate[],
  options: { chunkSize?: number } = {},
): Promise<Registration> {
  const chunkSize = options.chunkSize ?? REGISTER_CHUNK;
  const firstByUrl = new Map<string, ArticleCandidate>();
  for (const candidate of candidates) {
    if (!firstByUrl.has(candidate.normalizedUrl)) firstByUrl.set(candidate.normalizedUrl, candidate);
  }
  const unique = [...firstByUrl.values()];
  const existing = new Map<string, ExistingArticle>();
  const createdByUrl = new Map<string, string>();
  for (let i = 0; i < unique.length; i += chunkSize) {
    // Each chunk is idempotent (insert-or-find by the unique URL), so a transient failure (a
    // Postgres restart mid-import) is simply retried, and a re-run reports what was already there.
    const chunk = await withDbRetry(() => registerChunk(db, unique.slice(i, i + chunkSize)));
    for (const [url, row] of chunk.existing) existing.set(url, row);
    for (const [url, id] of chunk.created) createdByUrl.set(url, id);
  }

  const claimed = new Set<string>();
  const outcomes = candidates.map((candidate): IntakeOutcome => {
    const url = candidate.normalizedUrl;
    const newId = createdByUrl.get(url);
    if (newId && !claimed.has(url)) {
      claimed.add(url);
      return {
        input: candidate.input,
        outcome: "created",
        articleId: newId,
        normalizedUrl: url,
        queued: true,
      };
    }
    if (newId) {
      return duplicate(candidate, newId, "The same URL appears earlier in this submission.");
    }
    const found = existing.get(url);
    if (!found) throw new Error(`Article for ${url} was neither created nor found; this is a bug.`);
    const reason =
      found.normalizedUrl === url
        ? "This URL was already added."
        : "An existing article has this URL as its canonical URL.";
    return duplicate(candidate, found.duplicateOfId ?? found.id, reason);
  });
  return { outcomes, createdIds: [...createdByUrl.values()] };
}

async function registerChunk(
  db: Db,
  unique: readonly ArticleCandidate[],
): Promise<{ existing: Map<string, ExistingArticle>; created: Map<string, string> }> {
  const existing = await findExisting(
    db,
    unique.map((c) => c.normalizedUrl),
  );
  const toCreate = unique.filter((c) => !existing.has(c.normalizedUrl));
  const created = await db.article.createManyAndReturn({
    data: toCreate.map((c) => ({ ...c.data, normalizedUrl: c.normalizedUrl })),
    skipDuplicates: true,
    select: { id: true, normalizedUrl: true },
  });
  const createdByUrl = new Map(created.map((row) => [row.normalizedUrl, row.id]));
  // Rows another process (or an earlier try of this chunk whose reply was lost) inserted between
  // our lookup and our insert.
  const raced = toCreate.filter((c) => !createdByUrl.has(c.normalizedUrl)).map((c) => c.normalizedUrl);
  if (raced.length) for (const [url, row] of await findExisting(db, raced)) existing.set(url, row);
  return { existing, created: createdByUrl };
}

function duplicate(candidate: ArticleCandidate, articleId: string, reason: string): IntakeOutcome {
  return {
    input: candidate.input,
    outcome: "duplicate",
    articleId,
    normalizedUrl: candidate.normalizedUrl,
    reason,
  };
}

/** Existing articles keyed by the candidate URL they match (normalized first, then canonical). */
async function findExisting(db: Db, urls: readonly string[]): Promise<Map<string, ExistingArticle>> {
  const found = new Map<string, ExistingArticle>();
  if (urls.length === 0) return found;
  const rows = await db.article.findMany({
    where: { OR: [{ normalizedUrl: { in: [...urls] } }, { canonicalUrl: { in: [...urls] } }] },
    select: { id: true, normalizedUrl: true, canonicalUrl: true, duplicateOfId: true },
  });
  for (const row of rows) found.set(row.normalizedUrl, row);
  for (const row of rows) {
    if (row.canonicalUrl && !found.has(row.canonicalUrl)) found.set(row.canonicalUrl, row);
  }
  return found;
}
