-- CreateTable
CREATE TABLE "theme_pair_daily" (
    "version_a" UUID NOT NULL,
    "version_b" UUID NOT NULL,
    "source_key" UUID NOT NULL,
    "day" DATE NOT NULL,
    "basis" "DateBasis" NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "theme_pair_daily_pkey" PRIMARY KEY ("version_a","version_b","source_key","day","basis")
);

-- CreateIndex
CREATE INDEX "theme_pair_daily_version_b_idx" ON "theme_pair_daily"("version_b");

-- AddForeignKey
ALTER TABLE "theme_pair_daily" ADD CONSTRAINT "theme_pair_daily_version_a_fkey" FOREIGN KEY ("version_a") REFERENCES "theme_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "theme_pair_daily" ADD CONSTRAINT "theme_pair_daily_version_b_fkey" FOREIGN KEY ("version_b") REFERENCES "theme_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing articles' pairs, as the coverage rebuild recounts them (each unordered pair once,
-- smaller version id first; at the all-sources key and at the article's source).
INSERT INTO "theme_pair_daily" ("version_a", "version_b", "source_key", "day", "basis", "articles")
SELECT x."theme_version_id", y."theme_version_id", k, (a."counted_quarter" AT TIME ZONE 'UTC')::date,
       a."counted_basis", count(*)::int
FROM "articles" a
JOIN "article_theme_hits" x ON x."article_id" = a."id"
JOIN "article_theme_hits" y ON y."article_id" = a."id" AND y."theme_version_id" > x."theme_version_id"
CROSS JOIN LATERAL unnest(ARRAY['00000000-0000-0000-0000-000000000000'::uuid, a."counted_source_id"]) AS k
WHERE a."counted_quarter" IS NOT NULL AND a."counted_basis" IS NOT NULL AND k IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
