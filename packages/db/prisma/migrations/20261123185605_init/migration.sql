-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('queued', 'fetching', 'extracted', 'failed', 'gone', 'duplicate');

-- CreateEnum
CREATE TYPE "IntakeKind" AS ENUM ('url', 'file', 'feed', 'sitemap');

-- CreateEnum
CREATE TYPE "DateSource" AS ENUM ('jsonld', 'meta', 'time', 'url', 'text', 'feed', 'manifest', 'none');

-- CreateEnum
CREATE TYPE "ThemeKind" AS ENUM ('theme', 'organisation', 'person', 'place');

-- CreateEnum
CREATE TYPE "ScheduleKind" AS ENUM ('reingest', 'feed', 'sitemap');

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" UUID NOT NULL,
    "intake" "IntakeKind" NOT NULL DEFAULT 'url',
    "submitted_url" TEXT NOT NULL,
    "normalized_url" TEXT NOT NULL,
    "canonical_url" TEXT,
    "file_path" TEXT,
    "submitted_content" TEXT,
    "intake_hints" JSONB,
    "status" "ArticleStatus" NOT NULL DEFAULT 'queued',
    "failure_code" TEXT,
    "failure_message" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "duplicate_of_id" UUID,
    "source_id" UUID,
    "title" TEXT,
    "byline" TEXT,
    "authors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "published_at" TIMESTAMPTZ(3),
    "published_at_source" "DateSource" NOT NULL DEFAULT 'none',
    "modified_at" TIMESTAMPTZ(3),
    "modified_at_source" "DateSource" NOT NULL DEFAULT 'none',
    "language" TEXT,
    "site_name" TEXT,
    "lead_image_url" TEXT,
    "text" TEXT,
    "content_hash" TEXT,
    "word_count" INTEGER,
    "extractor_version" TEXT,
    "http_status" INTEGER,
    "fetched_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_versions" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "title" TEXT,
    "byline" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "published_at_source" "DateSource" NOT NULL DEFAULT 'none',
    "text" TEXT NOT NULL,
    "word_count" INTEGER NOT NULL,
    "extractor_version" TEXT NOT NULL,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "themes" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "color" TEXT NOT NULL DEFAULT '#2563eb',
    "kind" "ThemeKind" NOT NULL DEFAULT 'theme',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "current_version_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "themes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "theme_versions" (
    "id" UUID NOT NULL,
    "theme_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "theme_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_theme_hits" (
    "article_id" UUID NOT NULL,
    "theme_version_id" UUID NOT NULL,
    "theme_id" UUID NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "mentions" INTEGER NOT NULL,
    "title_mentions" INTEGER NOT NULL DEFAULT 0,
    "evidence" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_theme_hits_pkey" PRIMARY KEY ("article_id","theme_version_id")
);

-- CreateTable
CREATE TABLE "schedules" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ScheduleKind" NOT NULL,
    "cron" TEXT,
    "interval_seconds" INTEGER,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "params" JSONB NOT NULL DEFAULT '{}',
    "last_run_at" TIMESTAMPTZ(3),
    "last_run_status" TEXT,
    "last_run_summary" JSONB,
    "next_run_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "schedules_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sources_domain_key" ON "sources"("domain");

-- CreateIndex
CREATE UNIQUE INDEX "articles_normalized_url_key" ON "articles"("normalized_url");

-- CreateIndex
CREATE INDEX "articles_status_updated_at_idx" ON "articles"("status", "updated_at");

-- CreateIndex
CREATE INDEX "articles_canonical_url_idx" ON "articles"("canonical_url");

-- CreateIndex
CREATE INDEX "articles_source_id_published_at_idx" ON "articles"("source_id", "published_at");

-- CreateIndex
CREATE INDEX "articles_published_at_idx" ON "articles"("published_at");

-- CreateIndex
CREATE INDEX "articles_created_at_idx" ON "articles"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "article_versions_article_id_version_key" ON "article_versions"("article_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "article_versions_article_id_content_hash_key" ON "article_versions"("article_id", "content_hash");

-- CreateIndex
CREATE UNIQUE INDEX "themes_slug_key" ON "themes"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "themes_current_version_id_key" ON "themes"("current_version_id");

-- CreateIndex
CREATE UNIQUE INDEX "theme_versions_theme_id_version_key" ON "theme_versions"("theme_id", "version");

-- CreateIndex
CREATE INDEX "article_theme_hits_theme_version_id_idx" ON "article_theme_hits"("theme_version_id");

-- CreateIndex
CREATE INDEX "article_theme_hits_theme_id_idx" ON "article_theme_hits"("theme_id");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "themes" ADD CONSTRAINT "themes_current_version_id_fkey" FOREIGN KEY ("current_version_id") REFERENCES "theme_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "theme_versions" ADD CONSTRAINT "theme_versions_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_theme_hits" ADD CONSTRAINT "article_theme_hits_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_theme_hits" ADD CONSTRAINT "article_theme_hits_theme_version_id_fkey" FOREIGN KEY ("theme_version_id") REFERENCES "theme_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_theme_hits" ADD CONSTRAINT "article_theme_hits_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
