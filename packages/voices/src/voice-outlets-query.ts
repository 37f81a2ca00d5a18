// How often each of the given voices is quoted by each outlet (under the filters).
import { type Db, Prisma } from "@tidemark/db";
import { type VoicesFilter, voicesWhere } from "./filters.ts";

export interface VoiceOutletRow {
  voiceKey: string;
  sourceId: string | null;
  outlet: string;
  quotes: number;
  articles: number;
}

export async function voiceOutlets(
  db: Db,
  filter: VoicesFilter,
  voiceKeys: readonly string[],
): Promise<VoiceOutletRow[]> {
  if (voiceKeys.length === 0) return [];
  const rows = await db.$queryRaw<
    { voice_key: string; source_id: string | null; outlet: string | null; quotes: number; articles: number }[]
  >`
    SELECT q.voice_key, a.source_id::text, coalesce(s.name, s.domain, s.key) AS outlet,
           count(*)::int AS quotes, count(DISTINCT q.article_id)::int AS articles
    FROM article_quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE ${voicesWhere(filter)} AND q.voice_key IN (${Prisma.join([...voiceKeys])})
    GROUP BY q.voice_key, a.source_id, s.name, s.domain, s.key
    ORDER BY q.voice_key, quotes DESC, outlet`;
  return rows.map((r) => ({
    voiceKey: r.voice_key,
    sourceId: r.source_id,
    outlet: r.outlet ?? "(no outlet)",
    quotes: r.quotes,
    articles: r.articles,
  }));
}
