// POST /api/themes/preview {definition, timezone?, samples?}: how an unsaved definition would
// match the corpus — count, sample evidence, weekly share — plus parser warnings. A definition
// that does not parse answers 200 with {ok:false, error} carrying its line and column, since
// the editor calls this on every pause in typing.
import { prisma } from "@tidemark/db";
import { previewDefinition } from "@tidemark/themes/preview";
import { parseQuery } from "@tidemark/themes/query";
import { timeZoneSchema } from "@tidemark/themes/series";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";

const body = z.object({
  definition: z.string().max(10_000),
  timezone: timeZoneSchema.default("UTC"),
  samples: z.number().int().min(0).max(20).default(6),
});

export const POST = apiRoute({ role: "editor", body }, async ({ body }) => {
  const { warnings } = parseQuery(body.definition);
  if (body.definition.trim() === "") {
    return {
      ok: false,
      error: { message: "Type a definition to preview it", offset: 0, line: 1, column: 1, length: 0 },
      warnings,
    };
  }
  const result = await previewDefinition(prisma, {
    definition: body.definition,
    timezone: body.timezone,
    samples: body.samples,
    budgetMs: 4_000,
  });
  return { ...result, warnings };
});
