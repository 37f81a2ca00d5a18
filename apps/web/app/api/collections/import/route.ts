// POST /api/collections/import {csv} — many collections from a CSV file with the columns
// collection, domain and optionally country and kind. Existing collections (same name) get the
// new outlets; bad rows are reported by line.
import { importCollectionsCsv } from "@tidemark/collections";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { withCollectionErrors } from "@/lib/collections/collection-errors";

const MAX_CSV_BYTES = 5 * 1024 * 1024;

export const POST = apiRoute(
  {
    role: "editor",
    body: z.object({ csv: z.string().min(1, "Give the CSV file's text") }),
    maxBodyBytes: MAX_CSV_BYTES,
  },
  async ({ body }) => withCollectionErrors(() => importCollectionsCsv(prisma, body.csv)),
);
