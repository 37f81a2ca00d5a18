// GET /api/schedules/opml — every feed subscription as an OPML file (for a feed reader or another
// Tidemark). POST /api/schedules/opml {opml, intervalSeconds?, enabled?} — subscribe to each feed
// in an OPML file, one feed schedule each, skipping addresses already subscribed.
import { prisma } from "@tidemark/db";
import { SourceParseError } from "@tidemark/ingest/sources";
import { exportOpml, importOpml, OpmlImportError, opmlImportOptionsSchema } from "@tidemark/schedules";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { webProducer } from "@/lib/server/queue";

const MAX_OPML_BYTES = 2 * 1024 * 1024;

export const GET = apiRoute({ role: "viewer" }, async () => {
  const xml = await exportOpml(prisma);
  return new Response(xml, {
    headers: {
      "content-type": "text/x-opml; charset=utf-8",
      "content-disposition": 'attachment; filename="tidemark-feeds.opml"',
    },
  });
});

const body = opmlImportOptionsSchema.extend({ opml: z.string().min(1, "Give the OPML file's text") });

export const POST = apiRoute(
  { role: "editor", body, maxBodyBytes: MAX_OPML_BYTES + 4096 },
  async ({ body }) => {
    try {
      const { opml, ...options } = body;
      return await importOpml(prisma, webProducer(), opml, options);
    } catch (error) {
      if (error instanceof OpmlImportError || error instanceof SourceParseError)
        throw new ApiError(422, "invalid_opml", error.message);
      throw error;
    }
  },
);
