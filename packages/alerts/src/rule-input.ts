// What a user may send to create or edit an alert rule, checked once for the API and the CLI.
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

/** What each kind watches and which settings it reads (the rest are ignored); forms show only these. */
export const KIND_USES: Record<
  AlertKind,
  { subject: "theme" | "source"; threshold: boolean; window: boolean }
> = {
  new_article: { subject: "theme", threshold: false, window: false },
  spike: { subject: "theme", threshold: true, window: true },
  share_above: { subject: "theme", threshold: true, window: true },
  share_below: { subject: "theme", threshold: true, window: true },
  story_outlets: { subject: "theme", threshold: true, window: false },
  source_failing: { subject: "source", threshold: false, window: true },
};

const fields = {
  name: z.string().trim().min(1, "A rule needs a name").max(120),
  kind: z.enum(ALERT_KINDS),
  themeId: z.uuid().nullable(),
  sourceId: z.uuid().nullable(),
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
  sourceId?: string | null;
  threshold?: number | null;
  webhookUrl?: string | null;
  emailTo?: string | null;
};

/** Cross-field rules: the subject each kind needs, a threshold where it matters, a channel. */
function checkRule(rule: RuleShape, ctx: z.RefinementCtx): void {
  const kind = rule.kind;
  if (kind === "source_failing" && !rule.sourceId)
    ctx.addIssue({ code: "custom", path: ["sourceId"], message: "A source_failing rule needs a source" });
  if (kind && kind !== "source_failing" && !rule.themeId)
    ctx.addIssue({ code: "custom", path: ["themeId"], message: `A ${kind} rule needs a theme` });
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

export const alertRuleCreateSchema = z
  .object({
    ...fields,
    themeId: fields.themeId.default(null),
    sourceId: fields.sourceId.default(null),
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
