// Per-source fetch health over a recent window.
import type { Db } from "@tidemark/db";
import { z } from "zod";
import { sourceHealth } from "@/lib/health/source-health";
import { singleParam } from "@/lib/search-params/schemas";
import { fromArray } from "../stamp-themes";
import { defineDataset } from "../types";

export const healthWindowSchema = z.object({
  days: singleParam(z.coerce.number().int().min(1).max(3650).default(30)),
});

export const sourceHealthDataset = defineDataset({
  name: "source-health",
  description: "Per-source success rate and failures by code over the last `days` days.",
  query: healthWindowSchema,
  async open(db: Db, query) {
    const rows = await sourceHealth(db, query.days, 10_000);
    return {
      columns: [
        "source",
        "total",
        "succeeded",
        "failed",
        "gone",
        "pending",
        "success_rate",
        "last_error_code",
        "last_error_message",
        "last_error_at",
        "failures_by_code",
      ],
      rows: fromArray(
        rows.map((r) => ({
          source: r.source,
          name: r.name,
          total: r.total,
          succeeded: r.succeeded,
          failed: r.failed,
          gone: r.gone,
          pending: r.pending,
          success_rate: r.successRate,
          last_error_code: r.lastErrorCode,
          last_error_message: r.lastErrorMessage,
          last_error_at: r.lastErrorAt,
          failures_by_code: r.failuresByCode.map((c) => `${c.code}:${c.count}`).join(" "),
        })),
      ),
      themes: [],
      params: { days: query.days },
    };
  },
});
