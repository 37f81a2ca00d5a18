// Failed jobs in every queue, newest first.
import { z } from "zod";
import { failedJobs } from "@/lib/health/queue-health";
import { singleParam } from "@/lib/search-params/schemas";
import { fromArray } from "../stamp-themes";
import { defineDataset } from "../types";

export const failedJobsDataset = defineDataset({
  name: "failed-jobs",
  description: "Failed jobs with their reasons.",
  query: z.object({ limit: singleParam(z.coerce.number().int().min(1).max(1000).default(200)) }),
  async open(_db, query) {
    const jobs = await failedJobs(query.limit);
    return {
      columns: [
        "queue",
        "id",
        "name",
        "article_id",
        "backfill_id",
        "attempts",
        "failed_reason",
        "failed_at",
        "added_at",
      ],
      rows: fromArray(
        jobs.map((j) => ({
          queue: j.queue,
          id: j.id,
          name: j.name,
          article_id: j.articleId,
          backfill_id: j.backfillId,
          attempts: j.attemptsMade,
          failed_reason: j.failedReason,
          failed_at: j.failedAt,
          added_at: j.addedAt,
        })),
      ),
      themes: [],
      params: { limit: query.limit },
    };
  },
});
