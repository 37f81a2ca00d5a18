-- A backfill split into id ranges of its candidates, each run by its own job, so every worker
-- process can take a part. Each part keeps its own keyset cursor and counts, written in the same
-- transaction as the hits of each batch; the backfill row's done/matched are their sum.
CREATE TABLE "theme_backfill_parts" (
    "backfill_id" UUID NOT NULL,
    "part" INTEGER NOT NULL,
    "after_id" UUID,
    "until_id" UUID,
    "cursor" UUID,
    "done" INTEGER NOT NULL DEFAULT 0,
    "matched" INTEGER NOT NULL DEFAULT 0,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "theme_backfill_parts_pkey" PRIMARY KEY ("backfill_id","part")
);

ALTER TABLE "theme_backfill_parts" ADD CONSTRAINT "theme_backfill_parts_backfill_id_fkey" FOREIGN KEY ("backfill_id") REFERENCES "theme_backfills"("id") ON DELETE CASCADE ON UPDATE CASCADE;
