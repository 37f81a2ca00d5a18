// The quick (rolling) ranges a chart view offers; shared by the server (range-query.ts) and the
// range controls in the browser, so it imports nothing else.
export const QUICK_RANGES = ["7d", "30d", "90d", "1y", "all"] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

export const QUICK_RANGE_LABELS: Record<QuickRange, string> = {
  "7d": "7 d",
  "30d": "30 d",
  "90d": "90 d",
  "1y": "1 y",
  all: "All",
};
