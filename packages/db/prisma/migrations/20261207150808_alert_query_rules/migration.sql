-- Alert rules on a search query (theme query language), with an optional collection/source filter,
-- a keyset cursor over the articles read, and the matches a query spike counts.
-- AlterTable
ALTER TABLE "alert_rules" ADD COLUMN     "collection_id" UUID,
ADD COLUMN     "query" TEXT,
ADD COLUMN     "scanned_at" TIMESTAMPTZ(3),
ADD COLUMN     "scanned_id" UUID;

-- CreateTable
CREATE TABLE "alert_query_matches" (
    "rule_id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_query_matches_pkey" PRIMARY KEY ("rule_id","article_id")
);

-- CreateIndex
CREATE INDEX "alert_query_matches_rule_id_hour_idx" ON "alert_query_matches"("rule_id", "hour");

-- AddForeignKey
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "source_collections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_query_matches" ADD CONSTRAINT "alert_query_matches_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "alert_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_query_matches" ADD CONSTRAINT "alert_query_matches_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
