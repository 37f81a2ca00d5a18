-- CreateEnum
CREATE TYPE "SpeakerKind" AS ENUM ('person', 'organisation', 'unnamed');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "quotes_hash" TEXT;

-- CreateTable
CREATE TABLE "article_quotes" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "speaker_name" TEXT,
    "speaker_role" TEXT,
    "speaker_start" INTEGER,
    "speaker_end" INTEGER,
    "speaker_kind" "SpeakerKind" NOT NULL,
    "voice_key" TEXT,
    "voice_label" TEXT,
    "entity_theme_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_quotes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_quotes_voice_key_idx" ON "article_quotes"("voice_key");

-- CreateIndex
CREATE INDEX "article_quotes_entity_theme_id_idx" ON "article_quotes"("entity_theme_id");

-- CreateIndex
CREATE UNIQUE INDEX "article_quotes_article_id_ordinal_key" ON "article_quotes"("article_id", "ordinal");

-- AddForeignKey
ALTER TABLE "article_quotes" ADD CONSTRAINT "article_quotes_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_quotes" ADD CONSTRAINT "article_quotes_entity_theme_id_fkey" FOREIGN KEY ("entity_theme_id") REFERENCES "themes"("id") ON DELETE SET NULL ON UPDATE CASCADE;
