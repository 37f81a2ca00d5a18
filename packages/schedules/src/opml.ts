// Feed subscriptions in and out as OPML: every feed schedule exported, and an OPML file's feeds
// subscribed to (one feed schedule each, named after the outline's title), skipping addresses
// already subscribed. Each feed is saved as it comes: a bad address is reported, not fatal.
import type { Db } from "@tidemark/db";
import { type OpmlFeed, opmlDocument, parseOpmlFeeds } from "@tidemark/ingest/sources";
import type { Producer } from "@tidemark/queue";
import { z } from "zod";
import { createSchedule } from "./crud.ts";
import { feedParamsSchema } from "./input.ts";

type SchedulerProducer = Pick<Producer, "queue" | "enqueue" | "ready">;

/** The most feeds one import may add. */
export const MAX_OPML_FEEDS = 2_000;

export const opmlImportOptionsSchema = z.object({
  /** How often each new feed is polled; default hourly. */
  intervalSeconds: z
    .number()
    .int()
    .min(60)
    .max(366 * 86_400)
    .default(3_600),
  /** Subscribe paused (review first, then resume). */
  enabled: z.boolean().default(true),
});

export type OpmlImportOptions = z.input<typeof opmlImportOptionsSchema>;

export interface OpmlImportResult {
  created: { id: string; name: string; url: string }[];
  /** Feeds already subscribed (same address). */
  existing: { id: string; name: string; url: string }[];
  invalid: { url: string; reason: string }[];
  /** Set when a timer could not be set (Redis down); the schedules are saved. */
  warning: string | null;
}

export class OpmlImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OpmlImportError";
  }
}

async function subscribedFeeds(db: Db): Promise<Map<string, { id: string; name: string }>> {
  const rows = await db.schedule.findMany({
    where: { kind: "feed" },
    select: { id: true, name: true, params: true },
  });
  const out = new Map<string, { id: string; name: string }>();
  for (const row of rows) {
    const parsed = feedParamsSchema.safeParse(row.params);
    if (parsed.success) out.set(parsed.data.url, { id: row.id, name: row.name });
  }
  return out;
}

export async function importOpml(
  db: Db,
  producer: SchedulerProducer,
  xml: string,
  options: OpmlImportOptions = {},
): Promise<OpmlImportResult> {
  const { intervalSeconds, enabled } = opmlImportOptionsSchema.parse(options);
  const feeds = parseOpmlFeeds(xml);
  if (feeds.length === 0) throw new OpmlImportError("The file lists no feeds (no <outline> with an xmlUrl).");
  if (feeds.length > MAX_OPML_FEEDS)
    throw new OpmlImportError(
      `The file lists ${feeds.length} feeds; import at most ${MAX_OPML_FEEDS} at once.`,
    );
  const known = await subscribedFeeds(db);
  const result: OpmlImportResult = { created: [], existing: [], invalid: [], warning: null };
  for (const feed of feeds) {
    const url = feedParamsSchema.safeParse({ url: feed.url });
    if (!url.success || !/^https?:/i.test(feed.url)) {
      result.invalid.push({ url: feed.url, reason: "not an http(s) address" });
      continue;
    }
    const already = known.get(url.data.url);
    if (already) {
      result.existing.push({ ...already, url: url.data.url });
      continue;
    }
    const saved = await createSchedule(db, producer, {
      kind: "feed",
      ...(feed.title ? { name: feed.title.slice(0, 120) } : {}),
      intervalSeconds,
      enabled,
      params: { url: url.data.url },
    });
    result.warning ??= saved.warning;
    known.set(url.data.url, { id: saved.schedule.id, name: saved.schedule.name });
    result.created.push({ id: saved.schedule.id, name: saved.schedule.name, url: url.data.url });
  }
  return result;
}

/** Every feed schedule as OPML, named as in Tidemark, with the outlet's site when known. */
export async function exportOpml(db: Db): Promise<string> {
  const rows = await db.schedule.findMany({
    where: { kind: "feed" },
    orderBy: { name: "asc" },
    select: { name: true, params: true, source: { select: { domain: true } } },
  });
  const feeds: Omit<OpmlFeed, "category">[] = rows.flatMap((row) => {
    const parsed = feedParamsSchema.safeParse(row.params);
    if (!parsed.success) return [];
    return [
      {
        url: parsed.data.url,
        title: row.name,
        siteUrl: row.source?.domain ? `https://${row.source.domain}/` : null,
      },
    ];
  });
  return opmlDocument("Tidemark feed subscriptions", feeds);
}
