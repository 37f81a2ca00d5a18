// Writing an extraction to Postgres, idempotently: re-running it with the same content changes
// nothing, a changed content adds exactly one version, and a canonical URL already owned by
// another article turns this one into a duplicate of it.
import type { Db, Prisma } from "@tidemark/db";
import { syncArticleCoverage } from "@tidemark/themes/coverage";
import { canonicalKey } from "./canonical.ts";
import { contentHash } from "./content-hash.ts";
import type { ObtainedDocument } from "./document.ts";
import type { MergedArticle } from "./merge-hints.ts";
import { resolveSource } from "./resolve-source.ts";
import { settleRefetchRequest } from "./settle-refetch.ts";
import { writeVersionAndArticle } from "./write-version-and-article.ts";

export type StoreOutcome<T = never> =
  | {
      kind: "stored";
      version: number;
      versionCreated: boolean;
      contentHash: string;
      /** What `alsoInTransaction` returned, when it ran. */
      extra?: T;
    }
  | { kind: "duplicate"; duplicateOfId: string };

export interface StoreOptions<T> {
  /**
   * More writes for the stored text, in the same transaction after the article row and before
   * its coverage (the ingest job tags the text here, so storing and tagging commit together). Not called for
   * a duplicate. Return undefined to say nothing was done.
   */
  alsoInTransaction?: (
    tx: Prisma.TransactionClient,
    stored: { contentHash: string },
  ) => Promise<T | undefined>;
}

export interface StoredArticleRef {
  id: string;
  normalizedUrl: string;
  /** When the attempt began (see beginAttempt); re-fetch requests up to then are answered. */
  startedAt: Date;
}

function isWebUrl(url: string): boolean {
  return url.startsWith("http://") || url.startsWith("https://");
}

export async function storeExtraction<T = never>(
  db: Db,
  article: StoredArticleRef,
  merged: MergedArticle,
  doc: ObtainedDocument,
  options: StoreOptions<T> = {},
): Promise<StoreOutcome<T>> {
  const pageUrl = doc.finalUrl ?? article.normalizedUrl;
  const canonical = isWebUrl(pageUrl) ? canonicalKey(merged.canonicalUrl, doc.finalUrl, pageUrl) : null;
  const webUrl = canonical ?? (isWebUrl(pageUrl) ? pageUrl : null);
  const sourceId = await resolveSource(db, webUrl, merged.siteName);
  const hash = contentHash(merged.title, merged.text);

  return db.$transaction(async (tx): Promise<StoreOutcome<T>> => {
    if (canonical && canonical !== article.normalizedUrl) {
      // Serialise articles sharing a canonical URL, so two concurrent fetches cannot both win.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${canonical}))`;
      const owner = await tx.article.findFirst({
        where: {
          id: { not: article.id },
          status: { not: "duplicate" },
          OR: [{ normalizedUrl: canonical }, { canonicalUrl: canonical }],
        },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
      if (owner) {
        await tx.article.update({
          where: { id: article.id },
          data: {
            status: "duplicate",
            duplicateOfId: owner.id,
            canonicalUrl: canonical,
            fetchedAt: doc.fetchedAt,
            httpStatus: doc.httpStatus,
            failureCode: null,
            failureMessage: null,
          },
        });
        await settleRefetchRequest(tx, article.id, article.startedAt);
        await syncArticleCoverage(tx, article.id);
        return { kind: "duplicate", duplicateOfId: owner.id };
      }
    }

    const { version, versionCreated } = await writeVersionAndArticle(tx, article, merged, doc, {
      contentHash: hash,
      canonical,
      sourceId,
    });
    const extra = await options.alsoInTransaction?.(tx, { contentHash: hash });
    // Same transaction: coverage counts move exactly when the article does. Last, because its
    // all-sources rows are the hottest rows every concurrent ingest updates: their locks are then
    // held only for the commit, not while quotes and hits are written. (Hits written above count
    // at the article's previous key, and this moves them with the article, so the order is free.)
    await syncArticleCoverage(tx, article.id);
    return {
      kind: "stored",
      version,
      versionCreated,
      contentHash: hash,
      ...(extra === undefined ? {} : { extra }),
    };
  });
}
