// Emerging terms of a range (optionally within one theme) against the previous period.
import type { Db } from "@tidemark/db";
import { emergingTerms } from "@tidemark/themes/analytics";
import { z } from "zod";
import { listParam } from "@/lib/search-params/schemas";
import { rangeQuerySchema, resolveRange } from "@/lib/themes/range-query";
import { fromArray, stampThemes } from "../stamp-themes";
import { defineDataset } from "../types";

export const termsQuerySchema = rangeQuerySchema.extend({
  theme: listParam(z.uuid({ message: "a theme id" }), 1),
});

export const termsDataset = defineDataset({
  name: "terms",
  description: "Words and phrases rising against the previous period of the same length.",
  query: termsQuerySchema,
  async open(db: Db, query) {
    const range = await resolveRange(db, query);
    const themeId = query.theme[0];
    const [result, themes] = await Promise.all([
      emergingTerms(db, {
        from: range.from,
        to: range.to,
        timezone: range.timezone,
        sourceIds: range.sourceIds,
        themeId,
        limit: 100,
      }),
      stampThemes(db, query.theme),
    ]);
    return {
      columns: ["term", "words", "current", "previous", "current_rate", "previous_rate", "g2"],
      rows: fromArray(
        result.terms.map((t) => ({
          term: t.term,
          words: t.words,
          current: t.current,
          previous: t.previous,
          current_rate: t.currentRate,
          previous_rate: t.previousRate,
          g2: t.g2,
        })),
      ),
      themes,
      params: {
        from: range.from,
        to: range.to,
        timezone: range.timezone,
        sourceIds: range.sourceIds,
        previous: `${result.previous.from}..${result.previous.to}`,
      },
    };
  },
});
