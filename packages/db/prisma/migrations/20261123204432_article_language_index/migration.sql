-- CreateIndex
CREATE INDEX "articles_language_idx" ON "articles"("language");
