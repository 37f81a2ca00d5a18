// What changed in one stored version of an article against the version before it. Reads just
// those two texts, so a page can diff the newest pair up front and older pairs on request.
import type { Db } from "@tidemark/db";
import { type DiffPart, versionDiff } from "./version-diff";

export interface VersionPairDiff {
  /** The earlier and the later version number. */
  from: number;
  to: number;
  parts: DiffPart[];
  /** Changed stretches; 0 when only metadata changed. */
  changed: number;
}

/** The diff of `version` against the stored version before it; null when either is missing. */
export async function diffWithPrevious(
  db: Db,
  articleId: string,
  version: number,
): Promise<VersionPairDiff | null> {
  const [after, before] = await db.articleVersion.findMany({
    where: { articleId, version: { lte: version } },
    orderBy: { version: "desc" },
    take: 2,
    select: { version: true, text: true },
  });
  if (!after || !before || after.version !== version) return null;
  return { from: before.version, to: after.version, ...versionDiff(before.text, after.text) };
}
