-- CreateTable
CREATE TABLE "schedule_articles" (
    "schedule_id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "is_new" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "schedule_articles_pkey" PRIMARY KEY ("schedule_id","article_id")
);

-- CreateTable
CREATE TABLE "source_collections" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "country" TEXT,
    "kind" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "source_collections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_collection_members" (
    "collection_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_collection_members_pkey" PRIMARY KEY ("collection_id","source_id")
);

-- CreateIndex
CREATE INDEX "schedule_articles_run_id_idx" ON "schedule_articles"("run_id");

-- CreateIndex
CREATE INDEX "schedule_articles_article_id_idx" ON "schedule_articles"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_collections_slug_key" ON "source_collections"("slug");

-- CreateIndex
CREATE INDEX "source_collection_members_source_id_idx" ON "source_collection_members"("source_id");

-- AddForeignKey
ALTER TABLE "schedule_articles" ADD CONSTRAINT "schedule_articles_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_articles" ADD CONSTRAINT "schedule_articles_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_articles" ADD CONSTRAINT "schedule_articles_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "schedule_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_collection_members" ADD CONSTRAINT "source_collection_members_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "source_collections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_collection_members" ADD CONSTRAINT "source_collection_members_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;
