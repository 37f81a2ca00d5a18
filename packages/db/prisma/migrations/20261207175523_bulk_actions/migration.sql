-- Bulk actions on every article a filter matches (re-ingest, delete), run by the worker.
-- CreateTable
CREATE TABLE "bulk_actions" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "filter" JSONB NOT NULL,
    "total" INTEGER,
    "through_id" UUID,
    "done" INTEGER NOT NULL DEFAULT 0,
    "affected" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "woken" INTEGER NOT NULL DEFAULT 0,
    "cursor" UUID,
    "status" "BackfillStatus" NOT NULL DEFAULT 'queued',
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    "user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bulk_actions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "bulk_actions_status_idx" ON "bulk_actions"("status");

-- CreateIndex
CREATE INDEX "bulk_actions_created_at_idx" ON "bulk_actions"("created_at");

-- AddForeignKey
ALTER TABLE "bulk_actions" ADD CONSTRAINT "bulk_actions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
