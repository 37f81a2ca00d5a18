// What one rule notices now. Each finding has a key naming it (an article, the hour a condition
// started): recorded once per (rule, key), so evaluating again — after a restart, by two workers —
// never repeats it. Threshold rules fire when their condition starts to hold, not on every hour it
// still does.
import type { AlertRule, Db } from "@tidemark/db";
import { pruneQueryMatches, queryMatchCount, recordQueryMatches } from "./query-matches-query.ts";
import { type QueryScan, SPIKE_WINDOWS, scanQuery } from "./query-scan.ts";
import { storiesReaching } from "./stories-reaching-query.ts";
import { windowCounts } from "./window-counts-query.ts";

export interface Finding {
  key: string;
  title: string;
  detail: Record<string, unknown>;
}

export interface Evaluation {
  findings: Finding[];
  /** For threshold rules: whether the condition holds now. */
  conditionMet?: boolean;
  /** For query rules: where the next evaluation reads on from. */
  scanned?: QueryScan["cursor"];
}

const HOUR = 3_600_000;
const hourOf = (d: Date) => new Date(Math.floor(d.getTime() / HOUR) * HOUR);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function evaluateRule(db: Db, rule: AlertRule, now: Date): Promise<Evaluation> {
  if (rule.query !== null && (rule.kind === "new_article" || rule.kind === "spike"))
    return evaluateQueryRule(db, rule, now);
  switch (rule.kind) {
    case "new_article":
      return { findings: await newArticles(db, rule) };
    case "share_above":
    case "share_below":
      return share(db, rule, now);
    case "spike":
      return spike(db, rule, now);
    case "source_failing":
      return sourceFailing(db, rule, now);
    case "story_outlets":
      return { findings: await storyOutlets(db, rule) };
  }
}

/** Articles the theme's series version newly matched since the rule last looked (an hour of overlap; keys make it exact). */
async function newArticles(db: Db, rule: AlertRule): Promise<Finding[]> {
  const since = new Date((rule.lastEvaluatedAt ?? rule.createdAt).getTime() - HOUR);
  const rows = await db.$queryRaw<
    { id: string; title: string | null; url: string; outlet: string | null; evidence: string | null }[]
  >`
    SELECT a.id::text, a.title, coalesce(a.canonical_url, a.normalized_url) AS url, coalesce(s.name, s.domain) AS outlet,
      (SELECT e->>'sentence' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(h.evidence) = 'array' THEN h.evidence ELSE '[]'::jsonb END) WITH ORDINALITY AS x(e, i)
        ORDER BY (e->>'field' = 'text') DESC, i LIMIT 1) AS evidence
    FROM themes t
    JOIN article_theme_hits h ON h.theme_version_id = t.series_version_id
    JOIN articles a ON a.id = h.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE t.id = ${rule.themeId}::uuid AND h.created_at >= ${since} AND h.created_at >= ${rule.createdAt}
      AND a.duplicate_of_id IS NULL
    ORDER BY h.created_at LIMIT 500`;
  return rows.map((r) =>
    articleFinding({
      articleId: r.id,
      title: r.title ?? r.url,
      url: r.url,
      outlet: r.outlet,
      evidence: r.evidence,
    }),
  );
}

/** One new matching article, with the sentence that matched (theme and query rules alike). */
function articleFinding(a: {
  articleId: string;
  title: string;
  url: string;
  outlet: string | null;
  evidence: string | null;
}): Finding {
  return {
    key: `article:${a.articleId}`,
    title: a.title,
    detail: { articleId: a.articleId, url: a.url, outlet: a.outlet, evidence: a.evidence },
  };
}

/**
 * A rule on a search query: read on from its cursor (bounded per run, see query-scan.ts). A
 * new-article rule reports each match; a spike rule records its matches and, once the scan has
 * caught up, compares the last window's matches with the seven windows before, by coverage hour.
 */
async function evaluateQueryRule(db: Db, rule: AlertRule, now: Date): Promise<Evaluation> {
  const scan = await scanQuery(db, rule, now);
  if (rule.kind === "new_article")
    return { findings: scan.matches.slice(0, 500).map(articleFinding), scanned: scan.cursor };
  await recordQueryMatches(db, rule.id, scan.matches);
  if (!scan.caughtUp) return { findings: [], scanned: scan.cursor };
  const end = new Date(hourOf(now).getTime() + HOUR);
  const w = rule.windowHours * HOUR;
  const from = new Date(end.getTime() - SPIKE_WINDOWS * w);
  await pruneQueryMatches(db, rule.id, from);
  const current = await queryMatchCount(db, rule.id, new Date(end.getTime() - w), end);
  const before = await queryMatchCount(db, rule.id, from, new Date(end.getTime() - w));
  return { ...spikeVerdict(rule, now, current, before), scanned: scan.cursor };
}

/**
 * Stories matching the theme that reached N outlets since the rule was created: one finding per
 * story (key `story:<id>`), however often it grows afterwards. Only stories regrouped since the
 * last look (an hour of overlap) are read.
 */
async function storyOutlets(db: Db, rule: AlertRule): Promise<Finding[]> {
  const outlets = Math.max(2, Math.round(rule.threshold ?? 2));
  const since = new Date((rule.lastEvaluatedAt ?? rule.createdAt).getTime() - HOUR);
  const stories = await storiesReaching(db, {
    themeId: rule.themeId as string,
    outlets,
    since,
    notBefore: rule.createdAt,
  });
  return stories.map((s) => ({
    key: `story:${s.id}`,
    title: `A story reached ${outlets} outlets: ${s.label || s.headTitle || s.id}`,
    detail: {
      storyId: s.id,
      label: s.label,
      outlets: s.outlets,
      articles: s.articles,
      headTitle: s.headTitle,
      url: s.headUrl,
      reachedAt: s.reachedAt,
    },
  }));
}

async function share(db: Db, rule: AlertRule, now: Date): Promise<Evaluation> {
  const to = hourOf(now);
  const from = new Date(to.getTime() - rule.windowHours * HOUR);
  const { hits, total } = await windowCounts(db, rule.themeId as string, from, new Date(to.getTime() + HOUR));
  const value = total > 0 ? hits / total : 0;
  const threshold = rule.threshold ?? 0;
  const met = total > 0 && (rule.kind === "share_above" ? value > threshold : value < threshold);
  const findings =
    met && !rule.conditionMet
      ? [
          {
            key: `share:${to.toISOString()}`,
            title: `Share ${rule.kind === "share_above" ? "rose above" : "fell below"} ${pct(threshold)}: ${pct(value)} of ${total} articles in ${rule.windowHours} h`,
            detail: { share: value, hits, total, threshold, windowHours: rule.windowHours, from, to },
          },
        ]
      : [];
  return { findings, conditionMet: met };
}

/**
 * A spike: the last window's count at least `threshold` (default 2) times what the previous seven
 * windows averaged, with at least 3 articles — from the hourly aggregates.
 */
async function spike(db: Db, rule: AlertRule, now: Date): Promise<Evaluation> {
  const end = new Date(hourOf(now).getTime() + HOUR);
  const w = rule.windowHours * HOUR;
  const current = await windowCounts(db, rule.themeId as string, new Date(end.getTime() - w), end);
  const baseline = await windowCounts(
    db,
    rule.themeId as string,
    new Date(end.getTime() - SPIKE_WINDOWS * w),
    new Date(end.getTime() - w),
  );
  return spikeVerdict(rule, now, current.hits, baseline.hits);
}

/** The spike test on counts: `observed` in the last window, `before` in the seven windows before it. */
function spikeVerdict(rule: AlertRule, now: Date, observed: number, before: number): Evaluation {
  const expected = before / (SPIKE_WINDOWS - 1);
  const ratio = rule.threshold ?? 2;
  const met = observed >= 3 && observed >= ratio * Math.max(expected, 0.5);
  const findings =
    met && !rule.conditionMet
      ? [
          {
            key: `spike:${hourOf(now).toISOString()}`,
            title: `Spike: ${observed} articles in ${rule.windowHours} h, ${expected.toFixed(1)} expected`,
            detail: { observed, expected, ratio, windowHours: rule.windowHours },
          },
        ]
      : [];
  return { findings, conditionMet: met };
}

/** A source whose fetches in the last `windowHours` all failed (and at least one was tried). */
async function sourceFailing(db: Db, rule: AlertRule, now: Date): Promise<Evaluation> {
  const since = new Date(now.getTime() - rule.windowHours * HOUR);
  const [row] = await db.$queryRaw<{ failed: number; ok: number; key: string }[]>`
    SELECT s.key,
      (SELECT count(*)::int FROM articles a WHERE a.source_id = s.id AND a.status = 'failed' AND a.updated_at >= ${since}) AS failed,
      (SELECT count(*)::int FROM articles a WHERE a.source_id = s.id AND a.status IN ('extracted', 'gone')
         AND greatest(a.fetched_at, a.last_checked_at) >= ${since}) AS ok
    FROM sources s WHERE s.id = ${rule.sourceId}::uuid`;
  if (!row) return { findings: [], conditionMet: false };
  const met = row.failed > 0 && row.ok === 0;
  const findings =
    met && !rule.conditionMet
      ? [
          {
            key: `failing:${hourOf(now).toISOString()}`,
            title: `${row.key} is failing: ${row.failed} failed fetch(es) and none succeeded in ${rule.windowHours} h`,
            detail: { source: row.key, failed: row.failed, windowHours: rule.windowHours },
          },
        ]
      : [];
  return { findings, conditionMet: met };
}
