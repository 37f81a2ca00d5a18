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

function defaultName(f: FormState): string {
  if (f.kind === "reingest") return `Re-ingest (${f.scope})`;
  try {
    return `${f.kind === "feed" ? "Feed" : "Sitemap"} ${new URL(f.url.trim()).hostname}`;
  } catch {
    return f.kind === "feed" ? "Feed" : "Sitemap";
  }
}

export function toScheduleInput(f: FormState) {
  return {
    kind: f.kind,
    name: f.name.trim() || defaultName(f),
    timezone: f.timezone,
    ...(f.timing === "cron"
      ? { cron: f.cron.trim(), intervalSeconds: null }
      : { intervalSeconds: Number(f.every) * UNIT_SECONDS[f.everyUnit], cron: null }),
    params: params(f),
  };
}
