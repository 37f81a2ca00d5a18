-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "published_at_is_modified" BOOLEAN NOT NULL DEFAULT false;
