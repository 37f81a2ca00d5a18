// The quotes behind one voice (or all voices), newest first, each with its article as evidence.
// Keyset-paginated on (instant, quote id).
import { type Db, Prisma } from "@tidemark/db";
import { quoteInstant, type VoicesFilter, voicesWhere } from "./filters.ts";
import type { SpeakerKind } from "./speaker-kind.ts";

export interface VoiceQuote {
  id: string;
  voiceKey: string;
  voiceLabel: string;
  text: string;
  start: number;
  end: number;
  speakerName: string | null;
  speakerRole: string | null;
  speakerKind: SpeakerKind;
  articleId: string;
  title: string | null;
  url: string;
  outlet: string | null;
  at: string;
}

export interface QuotesPage {
  quotes: VoiceQuote[];
  /** Pass back as `after` for the next page; null on the last page. */
  next: string | null;
}

function decodeCursor(after: string | undefined): { at: string; id: string } | null {
  if (!after) return null;
  const [at, id] = after.split("_");
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/u.test(id)) return null;
  return { at, id };
}

export async function voiceQuotes(
  db: Db,
  filter: VoicesFilter,
  options: { voiceKey?: string; limit: number; after?: string },
): Promise<QuotesPage> {
  const cursor = decodeCursor(options.after);
  const rows = await db.$queryRaw<
    {
      id: string;
      voice_key: string;
      voice_label: string;
      text: string;
      start: number;
      end: number;
      speaker_name: string | null;
      speaker_role: string | null;
      speaker_kind: SpeakerKind;
      article_id: string;
      title: string | null;
      url: string;
      outlet: string | null;
      at: Date;
    }[]
  >`
    SELECT q.id::text, q.voice_key, q.voice_label, q.text, q.start, q."end", q.speaker_name, q.speaker_role,
           q.speaker_kind, q.article_id::text, a.title, coalesce(a.canonical_url, a.normalized_url) AS url,
           coalesce(s.name, s.domain, s.key) AS outlet, ${quoteInstant} AS at
    FROM article_quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE ${voicesWhere(filter)}
      ${options.voiceKey ? Prisma.sql`AND q.voice_key = ${options.voiceKey}` : Prisma.empty}
      ${cursor ? Prisma.sql`AND (${quoteInstant}, q.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : Prisma.empty}
    ORDER BY ${quoteInstant} DESC, q.id DESC
    LIMIT ${options.limit + 1}`;
  const quotes = rows.slice(0, options.limit).map((r) => ({
    id: r.id,
    voiceKey: r.voice_key,
    voiceLabel: r.voice_label,
    text: r.text,
    start: r.start,
    end: r.end,
    speakerName: r.speaker_name,
    speakerRole: r.speaker_role,
    speakerKind: r.speaker_kind,
    articleId: r.article_id,
    title: r.title,
    url: r.url,
    outlet: r.outlet,
    at: r.at.toISOString(),
  }));
  const last = quotes[quotes.length - 1];
  return { quotes, next: rows.length > options.limit && last ? `${last.at}_${last.id}` : null };
}
