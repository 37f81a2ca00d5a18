// The overview's first steps — add a URL, subscribe to a feed, write a theme — each checked off
// once done (a URL-intake article, a feed schedule, a theme not from the default pack exist).
// Done steps are remembered in first_steps, so a step is looked for only until it is found, and
// nothing is looked for once all are done or the panel was dismissed.
import type { Db } from "@tidemark/db";

export type FirstStepKey = "url" | "feed" | "theme";

export interface FirstStep {
  key: FirstStepKey;
  done: boolean;
}

async function exists(db: Db, key: FirstStepKey): Promise<boolean> {
  const rows =
    key === "url"
      ? await db.$queryRaw<{ found: boolean }[]>`
          SELECT EXISTS (SELECT 1 FROM articles WHERE intake = 'url') AS found`
      : key === "feed"
        ? await db.$queryRaw<{ found: boolean }[]>`
            SELECT EXISTS (SELECT 1 FROM schedules WHERE kind = 'feed') AS found`
        : await db.$queryRaw<{ found: boolean }[]>`
            SELECT EXISTS (SELECT 1 FROM themes WHERE NOT from_default_pack) AS found`;
  return rows[0]?.found ?? false;
}

/** The steps to show, or null when the panel is gone (all done, or dismissed). */
export async function firstSteps(db: Db): Promise<FirstStep[] | null> {
  const row = await db.firstSteps.findUnique({ where: { id: 1 } });
  if (row?.dismissedAt) return null;
  const known: Record<FirstStepKey, boolean> = {
    url: row?.addedUrlAt != null,
    feed: row?.feedAt != null,
    theme: row?.themeAt != null,
  };
  const keys = ["url", "feed", "theme"] as const;
  const found = await Promise.all(keys.map(async (k) => known[k] || (await exists(db, k))));
  const now = new Date();
  const newly = {
    ...(found[0] && !known.url ? { addedUrlAt: now } : {}),
    ...(found[1] && !known.feed ? { feedAt: now } : {}),
    ...(found[2] && !known.theme ? { themeAt: now } : {}),
  };
  if (Object.keys(newly).length > 0)
    await db.firstSteps.upsert({ where: { id: 1 }, create: { id: 1, ...newly }, update: newly });
  if (found.every(Boolean)) return null;
  return keys.map((key, i) => ({ key, done: found[i] ?? false }));
}

export async function dismissFirstSteps(db: Db): Promise<void> {
  const now = new Date();
  await db.firstSteps.upsert({
    where: { id: 1 },
    create: { id: 1, dismissedAt: now },
    update: { dismissedAt: now },
  });
}
