// One read for the Voices page and GET /api/voices: the top voices under the filters, with each
// listed voice's quotes by outlet and over time.
import type { Db } from "@tidemark/db";
import { topVoices, voiceOutlets, voiceSeries } from "@tidemark/voices";
import { type VoicesQuery, voicesFilter } from "./voices-params";

export async function voicesView(db: Db, q: VoicesQuery) {
  const filter = voicesFilter(q);
  const { voices, hasMore } = await topVoices(db, filter, { limit: q.limit, offset: q.offset });
  const keys = voices.map((v) => v.voiceKey);
  const [byOutlet, series] = await Promise.all([
    voiceOutlets(db, filter, keys),
    voiceSeries(db, filter, keys, q.unit),
  ]);
  return {
    filter: { ...filter, unit: q.unit },
    voices,
    byOutlet,
    series,
    page: { limit: q.limit, offset: q.offset, hasMore },
  };
}
