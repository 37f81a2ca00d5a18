// The new-schedule form's fields and how they become the API's schedule input.
export type Kind = "reingest" | "feed" | "sitemap";
export type Scope = "all" | "recent" | "failed" | "source" | "theme";

export interface FormState {
  kind: Kind;
  name: string;
  timing: "every" | "cron";
  every: string;
  everyUnit: "minutes" | "hours" | "days";
  cron: string;
  timezone: string;
  url: string;
  scope: Scope;
  days: string;
  sourceId: string;
  themeId: string;
  pattern: string;
  limit: string;
}

export const INITIAL_FORM: FormState = {
  kind: "feed",
  name: "",
  timing: "every",
  every: "1",
  everyUnit: "hours",
  cron: "0 6 * * *",
  timezone: "UTC",
  url: "",
  scope: "all",
  days: "7",
  sourceId: "",
  themeId: "",
  pattern: "",
  limit: "",
};

const UNIT_SECONDS = { minutes: 60, hours: 3_600, days: 86_400 } as const;

function params(f: FormState): Record<string, unknown> {
  const limit = f.limit ? { limit: Number(f.limit) } : {};
  if (f.kind === "feed") return { url: f.url.trim() };
  if (f.kind === "sitemap") {
    return {
      url: f.url.trim(),
      ...(f.pattern.trim() ? { pattern: f.pattern.trim() } : {}),
      ...(f.days ? { sinceDays: Number(f.days) } : {}),
      ...limit,
    };
  }
  if (f.scope === "recent") return { scope: "recent", days: Number(f.days), ...limit };
  if (f.scope === "source") return { scope: "source", sourceId: f.sourceId, ...limit };
  if (f.scope === "theme") return { scope: "theme", themeId: f.themeId, ...limit };
  return { scope: f.scope, ...limit };
}

/** A blank name is left to the server: a feed is named after its title. */
export function toScheduleInput(f: FormState) {
  return {
    kind: f.kind,
    ...(f.name.trim() ? { name: f.name.trim() } : {}),
    timezone: f.timezone,
    ...(f.timing === "cron"
      ? { cron: f.cron.trim(), intervalSeconds: null }
      : { intervalSeconds: Number(f.every) * UNIT_SECONDS[f.everyUnit], cron: null }),
    params: params(f),
  };
}

/** A saved schedule as the form shows it, for editing. */
export function formFromSchedule(s: {
  kind: Kind;
  name: string;
  cron: string | null;
  intervalSeconds: number | null;
  timezone: string;
  params: unknown;
}): FormState {
  const p = (s.params ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");
  const seconds = s.intervalSeconds ?? 3_600;
  const unit = seconds % 86_400 === 0 ? "days" : seconds % 3_600 === 0 ? "hours" : "minutes";
  return {
    ...INITIAL_FORM,
    kind: s.kind,
    name: s.name,
    timing: s.cron ? "cron" : "every",
    every: String(Math.max(1, Math.round(seconds / UNIT_SECONDS[unit]))),
    everyUnit: unit,
    cron: s.cron ?? INITIAL_FORM.cron,
    timezone: s.timezone,
    url: text(p.url),
    scope: (typeof p.scope === "string" ? p.scope : "all") as Scope,
    days: text(p.days ?? p.sinceDays) || (s.kind === "sitemap" ? "" : INITIAL_FORM.days),
    sourceId: text(p.sourceId),
    themeId: text(p.themeId),
    pattern: text(p.pattern),
    limit: text(p.limit),
  };
}
