// What a user may send to create or change a schedule: a name, when it runs (a cron expression
// or an interval, in a time zone) and what it does (re-ingest a scope, poll a feed, crawl a sitemap).
import { CronExpressionParser } from "cron-parser";
import { z } from "zod";

/** Any zone the runtime knows, aliases included (Node 20 lists only canonical names). */
function isTimeZone(tz: string): boolean {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone.length > 0;
  } catch {
    // RangeError: not a time zone this runtime knows.
    return false;
  }
}

export const reingestScopeSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("all") }),
  z.object({ scope: z.literal("source"), sourceId: z.uuid() }),
  z.object({ scope: z.literal("theme"), themeId: z.uuid() }),
  z.object({ scope: z.literal("recent"), days: z.number().int().min(1).max(3650) }),
  z.object({ scope: z.literal("failed") }),
]);

export const reingestParamsSchema = reingestScopeSchema.and(
  z.object({ limit: z.number().int().min(1).max(1_000_000).default(10_000) }),
);

export const feedParamsSchema = z.object({ url: z.url() });

export const sitemapParamsSchema = z.object({
  url: z.url(),
  /** Only URLs whose path matches this glob, e.g. "/news/**" (see @tidemark/ingest/sources). */
  pattern: z.string().max(300).optional(),
  /** Only URLs published or modified within this many days. */
  sinceDays: z.number().int().min(1).max(3650).optional(),
  /** Keep URLs with no date when `sinceDays` is set. */
  keepUndated: z.boolean().default(false),
  /** At most this many new URLs per run. */
  limit: z.number().int().min(1).max(50_000).default(500),
});

const timing = {
  /** Optional: a feed is named after its title, anything else after what it does. */
  name: z.string().trim().max(120).optional(),
  cron: z
    .string()
    .trim()
    .max(120)
    .refine(isValidCron, { message: "a cron expression like '0 6 * * *' (minute hour day month weekday)" })
    .nullish(),
  intervalSeconds: z
    .number()
    .int()
    .min(5)
    .max(366 * 86_400)
    .nullish(),
  timezone: z
    .string()
    .refine(isTimeZone, { message: "an IANA time zone, e.g. Europe/Berlin" })
    .default("UTC"),
  enabled: z.boolean().default(true),
};

export const scheduleInputSchema = z
  .discriminatedUnion("kind", [
    z.object({ ...timing, kind: z.literal("reingest"), params: reingestParamsSchema }),
    z.object({ ...timing, kind: z.literal("feed"), params: feedParamsSchema }),
    z.object({ ...timing, kind: z.literal("sitemap"), params: sitemapParamsSchema }),
  ])
  .refine((s) => Boolean(s.cron) !== Boolean(s.intervalSeconds), {
    message: "Give either a cron expression or an interval, not both",
    path: ["cron"],
  });

export type ScheduleInput = z.input<typeof scheduleInputSchema>;
export type ParsedScheduleInput = z.output<typeof scheduleInputSchema>;

function isValidCron(expression: string): boolean {
  try {
    CronExpressionParser.parse(expression);
    return true;
  } catch {
    // The parser throws for anything it cannot read; for validation that is simply "no".
    return false;
  }
}

const SCOPE_NAMES = {
  all: "all articles",
  source: "one source",
  theme: "one theme",
  recent: "recent articles",
  failed: "failed articles",
} as const;

/**
 * The name a schedule gets when none is given and none was found (a feed's title is set by the
 * caller, which fetched the feed): the address's host, or what a re-ingest covers.
 */
export function defaultScheduleName(input: ParsedScheduleInput): string {
  if (input.kind === "reingest") return `Re-ingest ${SCOPE_NAMES[input.params.scope]}`;
  const host = new URL(input.params.url).hostname.replace(/^www\./, "");
  return `${input.kind === "feed" ? "Feed" : "Sitemap"} ${host}`;
}
