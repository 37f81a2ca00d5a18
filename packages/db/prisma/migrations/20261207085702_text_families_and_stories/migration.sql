-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "family_id" UUID,
ADD COLUMN     "signed_hash" TEXT,
ADD COLUMN     "story_hash" TEXT,
ADD COLUMN     "story_id" UUID;

-- CreateTable
CREATE TABLE "text_families" (
    "id" UUID NOT NULL,
    "head_article_id" UUID,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "text_families_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_minhash" (
    "article_id" UUID NOT NULL,
    "signature" BYTEA NOT NULL,
    "params" SMALLINT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_minhash_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "article_minhash_bands" (
    "band_key" BIGINT NOT NULL,
    "article_id" UUID NOT NULL,

    CONSTRAINT "article_minhash_bands_pkey" PRIMARY KEY ("band_key","article_id")
);

-- CreateTable
CREATE TABLE "stories" (
    "id" UUID NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "keys" JSONB NOT NULL DEFAULT '[]',
    "head_article_id" UUID,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "article_count" INTEGER NOT NULL DEFAULT 0,
    "outlet_count" INTEGER NOT NULL DEFAULT 0,
    "family_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_story_keys" (
    "article_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_story_keys_pkey" PRIMARY KEY ("article_id","key")
);

-- CreateTable
CREATE TABLE "story_term_df" (
    "key" TEXT NOT NULL,
    "df" INTEGER NOT NULL,

    CONSTRAINT "story_term_df_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "text_families_head_article_id_idx" ON "text_families"("head_article_id");

-- CreateIndex
CREATE INDEX "article_minhash_bands_article_id_idx" ON "article_minhash_bands"("article_id");

-- CreateIndex
CREATE INDEX "stories_last_seen_at_idx" ON "stories"("last_seen_at");

-- CreateIndex
CREATE INDEX "stories_outlet_count_last_seen_at_idx" ON "stories"("outlet_count", "last_seen_at");

-- CreateIndex
CREATE INDEX "stories_head_article_id_idx" ON "stories"("head_article_id");

-- CreateIndex
CREATE INDEX "article_story_keys_key_at_idx" ON "article_story_keys"("key", "at");

-- CreateIndex
CREATE INDEX "articles_family_id_idx" ON "articles"("family_id");

-- CreateIndex
CREATE INDEX "articles_story_id_idx" ON "articles"("story_id");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "text_families"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "text_families" ADD CONSTRAINT "text_families_head_article_id_fkey" FOREIGN KEY ("head_article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_minhash" ADD CONSTRAINT "article_minhash_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_minhash_bands" ADD CONSTRAINT "article_minhash_bands_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stories" ADD CONSTRAINT "stories_head_article_id_fkey" FOREIGN KEY ("head_article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_story_keys" ADD CONSTRAINT "article_story_keys_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Grouping (text family, then story) is owed once tagging has seen the current text and the story
-- assignment has not. The reconciler reads only these rows; the index holds only them.
CREATE INDEX "articles_grouping_pending_idx" ON "articles" ("id")
  WHERE "content_hash" IS NOT NULL AND "tagged_hash" = "content_hash"
    AND "story_hash" IS DISTINCT FROM "content_hash";
