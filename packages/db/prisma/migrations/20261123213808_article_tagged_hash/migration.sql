-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "tagged_hash" TEXT;

-- Articles stored before this column existed were tagged as they were extracted.
UPDATE "articles" SET "tagged_hash" = "content_hash" WHERE "content_hash" IS NOT NULL;

-- The reconciler looks for articles whose current text the themes have not seen yet; this index
-- holds only those, so it stays tiny. Prisma does not model partial indexes (hand-written).
CREATE INDEX "articles_tagging_pending_idx" ON "articles" ("updated_at")
  WHERE "content_hash" IS NOT NULL AND "tagged_hash" IS DISTINCT FROM "content_hash";
