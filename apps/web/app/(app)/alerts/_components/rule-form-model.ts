// The alert rule form's fields (as typed), how they become the API's rule input — only the
// settings the chosen kind reads (a theme or a search query, for the kinds that can watch either)
// — and how validation issues map back onto the fields.
import { type AlertKind, alertRuleCreateSchema, KIND_USES } from "@tidemark/alerts/rule-input";

export type Digest = "none" | "hourly" | "daily";
export type WebhookFormat = "json" | "slack";

export interface RuleFormState {
  name: string;
  kind: AlertKind;
  /** For kinds that can watch either (new_article, spike): a theme or a search query. */
  watch: "theme" | "query";
  themeId: string;
  /** A search in the theme query language. */
  query: string;
  /** The source of source_failing; with a query, the optional one-outlet filter. */
  sourceId: string;
  /** With a query, the optional collection filter. */
  collectionId: string;
  threshold: string;
  windowHours: string;
  digest: Digest;
  webhookUrl: string;
  webhookFormat: WebhookFormat;
  /** Typed only; never filled from the server (write-only). */
  webhookSecret: string;
  /** Editing a rule that has a secret: drop it. */
  removeSecret: boolean;
  emailTo: string;
  enabled: boolean;
}

export type FieldErrors = Partial<Record<keyof RuleFormState | "form", string>>;

export const KIND_LABELS: Record<AlertKind, string> = {
  new_article: "A new article matches the theme or search",
  spike: "The theme or search spikes",
  share_above: "The theme's share rises above a threshold",
  share_below: "The theme's share falls below a threshold",
  story_outlets: "A story on the theme reaches N outlets",
  source_failing: "A source keeps failing",
};

/** Label and hint of the threshold field for the kinds that read one. */
export const THRESHOLD_FIELD: Partial<Record<AlertKind, { label: string; hint: string; step: string }>> = {
  spike: {
    label: "Ratio to the usual",
    hint: "Fires when the window holds at least this many times the average of the seven windows before (and at least 3 articles). Default 2.",
    step: "0.1",
  },
  share_above: {
    label: "Share (0–1)",
    hint: "Of all articles in the window, e.g. 0.05 for 5%.",
    step: "0.001",
  },
  share_below: {
    label: "Share (0–1)",
    hint: "Of all articles in the window, e.g. 0.05 for 5%.",
    step: "0.001",
  },
  story_outlets: {
    label: "Outlets",
    hint: "Fires once per story, when this many distinct outlets carry a story with an article on the theme.",
    step: "1",
  },
};

export const INITIAL_RULE_FORM: RuleFormState = {
  name: "",
  kind: "new_article",
  watch: "theme",
  themeId: "",
  query: "",
  sourceId: "",
  collectionId: "",
  threshold: "",
  windowHours: "24",
  digest: "none",
  webhookUrl: "",
  webhookFormat: "json",
  webhookSecret: "",
  removeSecret: false,
  emailTo: "",
  enabled: true,
};

const text = (s: string) => (s.trim() === "" ? null : s.trim());
const number = (s: string) => (s.trim() === "" ? null : Number(s));

/**
 * The body for POST (or PATCH, with `hasSecret`): settings the kind does not read are sent as
 * null/default so a rule never keeps a stale threshold from another kind. A blank secret on an edit
 * keeps the stored one unless "remove" is ticked.
 */
export function toRuleInput(f: RuleFormState, editing?: { hasSecret: boolean }): Record<string, unknown> {
  const uses = KIND_USES[f.kind];
  const byQuery = uses.query && f.watch === "query";
  const secret = text(f.webhookSecret);
  const body: Record<string, unknown> = {
    name: f.name,
    kind: f.kind,
    themeId: uses.subject === "theme" && !byQuery ? text(f.themeId) : null,
    // Sent as typed (blank included), so an empty query is an error on the query field.
    query: byQuery ? f.query : null,
    sourceId: uses.subject === "source" || byQuery ? text(f.sourceId) : null,
    collectionId: byQuery ? text(f.collectionId) : null,
    threshold: uses.threshold ? number(f.threshold) : null,
    windowHours: uses.window ? (number(f.windowHours) ?? 24) : 24,
    digest: f.digest,
    webhookUrl: text(f.webhookUrl),
    webhookFormat: f.webhookFormat,
    emailTo: text(f.emailTo),
    enabled: f.enabled,
  };
  if (!text(f.webhookUrl) || f.removeSecret) body.webhookSecret = null;
  else if (secret !== null || !editing?.hasSecret) body.webhookSecret = secret;
  return body;
}

/** One message per field from zod-style issues (the first wins); the rest under "form". */
export function fieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const head = issue.path[0];
    const key =
      typeof head === "string" && head in INITIAL_RULE_FORM ? (head as keyof RuleFormState) : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The API's own schema, run in the browser first so most mistakes show before a round trip. */
export function validateRule(body: Record<string, unknown>): FieldErrors | null {
  const result = alertRuleCreateSchema.safeParse(body);
  return result.success ? null : fieldErrors(result.error.issues);
}

/** A saved rule (as the API returns it) in the form, for editing. */
export function formFromRule(r: {
  name: string;
  kind: AlertKind;
  themeId: string | null;
  query: string | null;
  sourceId: string | null;
  collectionId: string | null;
  threshold: number | null;
  windowHours: number;
  digest: Digest;
  webhookUrl: string | null;
  webhookFormat: string;
  emailTo: string | null;
  enabled: boolean;
}): RuleFormState {
  return {
    ...INITIAL_RULE_FORM,
    name: r.name,
    kind: r.kind,
    watch: r.query !== null ? "query" : "theme",
    themeId: r.themeId ?? "",
    query: r.query ?? "",
    sourceId: r.sourceId ?? "",
    collectionId: r.collectionId ?? "",
    threshold: r.threshold == null ? "" : String(r.threshold),
    windowHours: String(r.windowHours),
    digest: r.digest,
    webhookUrl: r.webhookUrl ?? "",
    webhookFormat: r.webhookFormat === "slack" ? "slack" : "json",
    emailTo: r.emailTo ?? "",
    enabled: r.enabled,
  };
}
