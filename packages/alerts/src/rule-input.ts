// What a user may send to create or edit an alert rule, checked once for the API and the CLI
// (and in the browser, before sending). A query is parsed here with the theme query language's
// own parser, so a syntax error is a field error with its column, and nothing is saved.
import { MAX_QUERY_LENGTH, parseQuery } from "@tidemark/themes/query";
import { z } from "zod";

export const ALERT_KINDS = [
  "new_article",
  "spike",
  "share_above",
  "share_below",
  "story_outlets",
  "source_failing",
] as const;
export const ALERT_DIGESTS = ["none", "hourly", "daily"] as const;
export const WEBHOOK_FORMATS = ["json", "slack"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * What each kind watches and which settings it reads (the rest are ignored); forms show only these.
 * `query`: the kind can watch a search query (with an optional source or collection filter)
 * instead of a theme.
 */
export const KIND_USES: Record<
  AlertKind,
  { subject: "theme" | "source"; threshold: boolean; window: boolean; query: boolean }
> = {
  new_article: { subject: "theme", threshold: false, window: false, query: true },
  spike: { subject: "theme", threshold: true, window: true, query: true },
  share_above: { subject: "theme", threshold: true, window: true, query: false },
  share_below: { subject: "theme", threshold: true, window: true, query: false },
  story_outlets: { subject: "theme", threshold: true, window: false, query: false },
  source_failing: { subject: "source", threshold: false, window: true, query: false },
};

const fields = {
  name: z.string().trim().min(1, "A rule needs a name").max(120),
  kind: z.enum(ALERT_KINDS),
  themeId: z.uuid().nullable(),
  /** A search in the theme query language (docs/themes.md), watched instead of a theme. */
  query: z.string().trim().min(1, "Type a query, or watch a theme instead").max(MAX_QUERY_LENGTH).nullable(),
  sourceId: z.uuid().nullable(),
  /** With a query: only articles from this collection's outlets. */
  collectionId: z.uuid().nullable(),
  threshold: z.number().positive().max(1000).nullable(),
  windowHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  digest: z.enum(ALERT_DIGESTS),
  webhookUrl: z
    .url({ protocol: /^https?$/, message: "an http(s) URL" })
    .max(2000)
    .nullable(),
  webhookFormat: z.enum(WEBHOOK_FORMATS),
  webhookSecret: z.string().min(8, "at least 8 characters").max(200).nullable(),
  emailTo: z.email("an e-mail address").max(320).nullable(),
  enabled: z.boolean(),
};

type RuleShape = {
  kind?: (typeof ALERT_KINDS)[number];
  themeId?: string | null;
  query?: string | null;
  sourceId?: string | null;
  collectionId?: string | null;
  threshold?: number | null;
  webhookUrl?: string | null;
  emailTo?: string | null;
};

/** Cross-field rules: the subject each kind needs, a threshold where it matters, a channel. */
function checkRule(rule: RuleShape, ctx: z.RefinementCtx): void {
  const kind = rule.kind;
  if (kind === "source_failing" && !rule.sourceId)
    ctx.addIssue({ code: "custom", path: ["sourceId"], message: "A source_failing rule needs a source" });
  if (kind === "source_failing" && (rule.query || rule.collectionId))
    ctx.addIssue({
      code: "custom",
      path: [rule.query ? "query" : "collectionId"],
      message: "A source_failing rule watches one source, not a query or a collection",
    });
  if (kind && kind !== "source_failing") checkSubject(kind, rule, ctx);
  if ((kind === "share_above" || kind === "share_below") && (rule.threshold == null || rule.threshold > 1))
    ctx.addIssue({
      code: "custom",
      path: ["threshold"],
      message: "A share threshold between 0 and 1 (e.g. 0.05)",
    });
  if (
    kind === "story_outlets" &&
    (rule.threshold == null || !Number.isInteger(rule.threshold) || rule.threshold < 2)
  )
    ctx.addIssue({
      code: "custom",
      path: ["threshold"],
      message: "A number of outlets, 2 or more (a story told by that many outlets fires once)",
    });
  if (!rule.webhookUrl && !rule.emailTo)
    ctx.addIssue({
      code: "custom",
      path: ["webhookUrl"],
      message: "Give a webhook URL, an e-mail address, or both",
    });
}

/** A theme kind watches a theme or (new_article, spike) a valid query, optionally filtered. */
function checkSubject(kind: AlertKind, rule: RuleShape, ctx: z.RefinementCtx): void {
  const query = rule.query ?? null;
  if (query === null) {
    if (!rule.themeId)
      ctx.addIssue({
        code: "custom",
        path: ["themeId"],
        message: KIND_USES[kind].query
          ? `A ${kind} rule needs a theme or a search query`
          : `A ${kind} rule needs a theme`,
      });
    if (rule.sourceId || rule.collectionId)
      ctx.addIssue({
        code: "custom",
        path: [rule.sourceId ? "sourceId" : "collectionId"],
        message:
          "A source or collection filter applies to a search query only; a theme rule counts every outlet",
      });
    return;
  }
  if (!KIND_USES[kind].query) {
    const kinds = ALERT_KINDS.filter((k) => KIND_USES[k].query).join(" and ");
    ctx.addIssue({
      code: "custom",
      path: ["query"],
      message: `Only ${kinds} rules can watch a search query; a ${kind} rule needs a theme`,
    });
    return;
  }
  if (rule.themeId)
    ctx.addIssue({ code: "custom", path: ["query"], message: "Watch a theme or a search query, not both" });
  if (rule.sourceId && rule.collectionId)
    ctx.addIssue({
      code: "custom",
      path: ["collectionId"],
      message: "Filter by one source or one collection, not both",
    });
  const parsed = parseQuery(query);
  if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["query"], message: parsed.error.message });
}

export const alertRuleCreateSchema = z
  .object({
    ...fields,
    themeId: fields.themeId.default(null),
    query: fields.query.default(null),
    sourceId: fields.sourceId.default(null),
    collectionId: fields.collectionId.default(null),
    threshold: fields.threshold.default(null),
    windowHours: fields.windowHours.default(24),
    digest: fields.digest.default("none"),
    webhookUrl: fields.webhookUrl.default(null),
    webhookFormat: fields.webhookFormat.default("json"),
    webhookSecret: fields.webhookSecret.default(null),
    emailTo: fields.emailTo.default(null),
    enabled: fields.enabled.default(true),
  })
  .superRefine(checkRule);
export type AlertRuleInput = z.output<typeof alertRuleCreateSchema>;

/** An edit: any subset of the fields; the merged rule is checked again as a whole. */
export const alertRuleUpdateSchema = z.object(fields).partial();
export type AlertRuleUpdate = z.output<typeof alertRuleUpdateSchema>;

export function checkMergedRule(rule: RuleShape): z.ZodError | null {
  const result = z
    .object({})
    .passthrough()
    .superRefine((r, ctx) => checkRule(r as RuleShape, ctx))
    .safeParse(rule);
  return result.success ? null : result.error;
}
