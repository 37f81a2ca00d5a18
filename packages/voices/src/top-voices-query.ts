// Who is quoted most under the filters: one row per voice (a tracked entity, or a speaker name)
// with its counts, the names it was quoted under, and its latest quote as evidence.
import type { Db } from "@tidemark/db";
import { quoteInstant, type VoicesFilter, voicesWhere } from "./filters.ts";
import type { SpeakerKind } from "./speaker-kind.ts";

export interface VoiceRow {
  voiceKey: string;
  label: string;
  kind: SpeakerKind;
  entityThemeId: string | null;
  quotes: number;
  articles: number;
  outlets: number;
  /** Speaker names as the texts gave them (up to 5), e.g. "ByteDance spokesperson". */
  names: string[];
  lastQuotedAt: string | null;
  latest: {
    quote: string;
    speakerName: string | null;
    speakerRole: string | null;
    articleId: string;
    title: string | null;
    url: string;
    outlet: string | null;
    at: string | null;
  };
}

interface Raw {
  voice_key: string;
  label: string;
  kind: SpeakerKind;
  entity_theme_id: string | null;
  quotes: number;
  articles: number;
  outlets: number;
  names: string[];
  last_at: Date | null;
  quote: string;
  speaker_name: string | null;
  speaker_role: string | null;
  article_id: string;
  title: string | null;
  url: string;
  outlet: string | null;
}

export async function topVoices(
  db: Db,
  filter: VoicesFilter,
  page: { limit: number; offset: number },
): Promise<{ voices: VoiceRow[]; hasMore: boolean }> {
  const rows = await db.$queryRaw<Raw[]>`
    WITH matched AS (
      SELECT q.id, q.voice_key, q.voice_label, q.speaker_kind, q.speaker_name, q.entity_theme_id,
             q.article_id, a.source_id, ${quoteInstant} AS at
      FROM article_quotes q JOIN articles a ON a.id = q.article_id
      WHERE ${voicesWhere(filter)}
    ), grouped AS (
      SELECT voice_key,
             mode() WITHIN GROUP (ORDER BY voice_label) AS label,
             mode() WITHIN GROUP (ORDER BY speaker_kind) AS kind,
             max(entity_theme_id::text) AS entity_theme_id,
             count(*)::int AS quotes,
             count(DISTINCT article_id)::int AS articles,
             count(DISTINCT source_id)::int AS outlets,
             (array_agg(DISTINCT speaker_name))[1:5] AS names,
             max(at) AS last_at
      FROM matched GROUP BY voice_key
      ORDER BY quotes DESC, articles DESC, voice_key
      LIMIT ${page.limit + 1} OFFSET ${page.offset}
    )
    SELECT g.*, l.text AS quote, l.speaker_name, l.speaker_role, l.article_id::text, a.title,
           coalesce(a.canonical_url, a.normalized_url) AS url, coalesce(s.name, s.domain, s.key) AS outlet
    FROM grouped g
    CROSS JOIN LATERAL (
      SELECT q.text, q.speaker_name, q.speaker_role, q.article_id FROM matched m
      JOIN article_quotes q ON q.id = m.id
      WHERE m.voice_key = g.voice_key ORDER BY m.at DESC NULLS LAST, q.id LIMIT 1
    ) l
    JOIN articles a ON a.id = l.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    ORDER BY g.quotes DESC, g.articles DESC, g.voice_key`;
  const voices = rows.slice(0, page.limit).map((r) => ({
    voiceKey: r.voice_key,
    label: r.label,
    kind: r.kind,
    entityThemeId: r.entity_theme_id,
    quotes: r.quotes,
    articles: r.articles,
    outlets: r.outlets,
    names: r.names.filter((n): n is string => n !== null),
    lastQuotedAt: r.last_at?.toISOString() ?? null,
    latest: {
      quote: r.quote,
      speakerName: r.speaker_name,
      speakerRole: r.speaker_role,
      articleId: r.article_id,
      title: r.title,
      url: r.url,
      outlet: r.outlet,
      at: r.last_at?.toISOString() ?? null,
    },
  }));
  return { voices, hasMore: rows.length > page.limit };
}
