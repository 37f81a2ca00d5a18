/*
  Warnings:

  - A unique constraint covering the columns `[series_version_id]` on the table `themes` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "DateBasis" AS ENUM ('published', 'fetched');

-- CreateEnum
CREATE TYPE "BackfillStatus" AS ENUM ('queued', 'running', 'done', 'cancelled', 'failed');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "counted_basis" "DateBasis",
ADD COLUMN     "counted_hour" TIMESTAMPTZ(3),
ADD COLUMN     "counted_source_id" UUID;

-- AlterTable
ALTER TABLE "themes" ADD COLUMN     "from_default_pack" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "series_version_id" UUID;

-- CreateTable
CREATE TABLE "theme_backfills" (
    "id" UUID NOT NULL,
    "theme_id" UUID NOT NULL,
    "theme_version_id" UUID NOT NULL,
    "status" "BackfillStatus" NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "matched" INTEGER NOT NULL DEFAULT 0,
    "cursor" UUID,
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "theme_backfills_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coverage_hourly" (
    "basis" "DateBasis" NOT NULL,
    "source_key" UUID NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "coverage_hourly_pkey" PRIMARY KEY ("basis","source_key","hour")
);

-- CreateTable
CREATE TABLE "theme_coverage_hourly" (
    "theme_version_id" UUID NOT NULL,
    "basis" "DateBasis" NOT NULL,
    "source_key" UUID NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "theme_coverage_hourly_pkey" PRIMARY KEY ("theme_version_id","basis","source_key","hour")
);

-- CreateTable
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "theme_backfills_theme_id_created_at_idx" ON "theme_backfills"("theme_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "themes_series_version_id_key" ON "themes"("series_version_id");

-- AddForeignKey
ALTER TABLE "themes" ADD CONSTRAINT "themes_series_version_id_fkey" FOREIGN KEY ("series_version_id") REFERENCES "theme_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "theme_backfills" ADD CONSTRAINT "theme_backfills_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "theme_backfills" ADD CONSTRAINT "theme_backfills_theme_version_id_fkey" FOREIGN KEY ("theme_version_id") REFERENCES "theme_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "theme_coverage_hourly" ADD CONSTRAINT "theme_coverage_hourly_theme_version_id_fkey" FOREIGN KEY ("theme_version_id") REFERENCES "theme_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
