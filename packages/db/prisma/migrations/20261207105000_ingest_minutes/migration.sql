-- CreateTable
CREATE TABLE "ingest_minutes" (
    "minute" TIMESTAMPTZ(3) NOT NULL,
    "jobs" INTEGER NOT NULL DEFAULT 0,
    "extracted" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "other" INTEGER NOT NULL DEFAULT 0,
    "job_ms_sum" BIGINT NOT NULL DEFAULT 0,
    "job_ms_max" INTEGER NOT NULL DEFAULT 0,
    "fetch_wait_ms_sum" BIGINT NOT NULL DEFAULT 0,
    "fetch_ms_sum" BIGINT NOT NULL DEFAULT 0,
    "extract_ms_sum" BIGINT NOT NULL DEFAULT 0,
    "match_ms_sum" BIGINT NOT NULL DEFAULT 0,
    "store_ms_sum" BIGINT NOT NULL DEFAULT 0,
    "tag_jobs" INTEGER NOT NULL DEFAULT 0,
    "tag_ms_sum" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ingest_minutes_pkey" PRIMARY KEY ("minute")
);
