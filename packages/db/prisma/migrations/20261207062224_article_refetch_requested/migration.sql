-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "refetch_requested_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "articles_refetch_requested_at_idx" ON "articles"("refetch_requested_at");
