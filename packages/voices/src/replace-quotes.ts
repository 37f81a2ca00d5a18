// An article's quotes replaced by those of the text it now holds, and `quotes_hash` set to that
// text's content hash, in one statement: rows are upserted by their position and the positions
// past the new count deleted (the two never touch the same row, so they can share a statement).
// The caller holds the article's row lock and knows its content hash (it has just written it).
import { type Prisma, uuid7 } from "@tidemark/db";
import type { QuoteRow } from "./quote-rows.ts";

export async function replaceQuotes(
  tx: Prisma.TransactionClient,
  articleId: string,
  contentHash: string,
  rows: readonly QuoteRow[],
): Promise<void> {
  const at = Date.now();
  await tx.$executeRaw`
    WITH gone AS (
      DELETE FROM article_quotes WHERE article_id = ${articleId}::uuid AND ordinal >= ${rows.length}
    ), put AS (
      INSERT INTO article_quotes (id, article_id, ordinal, start, "end", text, speaker_name, speaker_role,
                                  speaker_start, speaker_end, speaker_kind, voice_key, voice_label, entity_theme_id)
      SELECT id, ${articleId}::uuid, o, s, e, t, sn, sr, ss, se, sk::"SpeakerKind", vk, vl, et
      FROM unnest(${rows.map(() => uuid7(at))}::uuid[], ${rows.map((r) => r.ordinal)}::int[],
                  ${rows.map((r) => r.start)}::int[], ${rows.map((r) => r.end)}::int[], ${rows.map((r) => r.text)}::text[],
                  ${rows.map((r) => r.speakerName)}::text[], ${rows.map((r) => r.speakerRole)}::text[],
                  ${rows.map((r) => r.speakerStart)}::int[], ${rows.map((r) => r.speakerEnd)}::int[],
                  ${rows.map((r) => r.speakerKind)}::text[], ${rows.map((r) => r.voiceKey)}::text[],
                  ${rows.map((r) => r.voiceLabel)}::text[], ${rows.map((r) => r.entityThemeId)}::uuid[])
           AS x(id, o, s, e, t, sn, sr, ss, se, sk, vk, vl, et)
      ON CONFLICT (article_id, ordinal) DO UPDATE SET
        start = EXCLUDED.start, "end" = EXCLUDED."end", text = EXCLUDED.text,
        speaker_name = EXCLUDED.speaker_name, speaker_role = EXCLUDED.speaker_role,
        speaker_start = EXCLUDED.speaker_start, speaker_end = EXCLUDED.speaker_end,
        speaker_kind = EXCLUDED.speaker_kind, voice_key = EXCLUDED.voice_key,
        voice_label = EXCLUDED.voice_label, entity_theme_id = EXCLUDED.entity_theme_id, created_at = now()
    )
    UPDATE articles SET quotes_hash = ${contentHash} WHERE id = ${articleId}::uuid`;
}
