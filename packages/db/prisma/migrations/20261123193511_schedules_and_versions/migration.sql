-- AlterTable
ALTER TABLE "article_versions" ADD COLUMN     "theme_ids" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "etag" TEXT,
ADD COLUMN     "last_checked_at" TIMESTAMPTZ(3),
ADD COLUMN     "last_modified" TEXT;

-- AlterTable
ALTER TABLE "schedules" ADD COLUMN     "source_id" UUID,
ADD COLUMN     "state" JSONB;

-- CreateTable
CREATE TABLE "schedule_runs" (
    "id" UUID NOT NULL,
    "schedule_id" UUID NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "counts" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "schedule_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "schedule_runs_schedule_id_started_at_idx" ON "schedule_runs"("schedule_id", "started_at");

-- AddForeignKey
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_runs" ADD CONSTRAINT "schedule_runs_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedules"("id") ON DELETE CASCADE ON UPDATE CASCADE;
