-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "counted_quarter" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "coverage_quarter" (
    "source_key" UUID NOT NULL,
    "quarter" TIMESTAMPTZ(3) NOT NULL,
    "basis" "DateBasis" NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "coverage_quarter_pkey" PRIMARY KEY ("source_key","quarter","basis")
);

-- CreateTable
CREATE TABLE "coverage_daily" (
    "source_key" UUID NOT NULL,
    "day" DATE NOT NULL,
    "basis" "DateBasis" NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "coverage_daily_pkey" PRIMARY KEY ("source_key","day","basis")
);

-- CreateTable
CREATE TABLE "theme_coverage_quarter" (
    "theme_version_id" UUID NOT NULL,
    "source_key" UUID NOT NULL,
    "quarter" TIMESTAMPTZ(3) NOT NULL,
    "basis" "DateBasis" NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "theme_coverage_quarter_pkey" PRIMARY KEY ("theme_version_id","source_key","quarter","basis")
);

-- CreateTable
CREATE TABLE "theme_coverage_daily" (
    "theme_version_id" UUID NOT NULL,
    "source_key" UUID NOT NULL,
    "day" DATE NOT NULL,
    "basis" "DateBasis" NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "theme_coverage_daily_pkey" PRIMARY KEY ("theme_version_id","source_key","day","basis")
);

-- CreateIndex
CREATE INDEX "articles_counted_quarter_idx" ON "articles"("counted_quarter");

-- AddForeignKey
ALTER TABLE "theme_coverage_quarter" ADD CONSTRAINT "theme_coverage_quarter_theme_version_id_fkey" FOREIGN KEY ("theme_version_id") REFERENCES "theme_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "theme_coverage_daily" ADD CONSTRAINT "theme_coverage_daily_theme_version_id_fkey" FOREIGN KEY ("theme_version_id") REFERENCES "theme_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Fill the new aggregates from what is counted today (hand-written: data, not schema). The
-- quarter is truncated from the same instant as counted_hour, coalesce(published, fetched, created).
UPDATE "articles"
SET "counted_quarter" = date_bin('15 minutes', coalesce("published_at", "fetched_at", "created_at"), TIMESTAMPTZ '2000-01-01 00:00:00+00')
WHERE "counted_hour" IS NOT NULL;

INSERT INTO "coverage_quarter" ("source_key", "quarter", "basis", "articles")
SELECT k, a."counted_quarter", a."counted_basis", count(*)::int
FROM "articles" a CROSS JOIN LATERAL unnest(ARRAY['00000000-0000-0000-0000-000000000000'::uuid, a."counted_source_id"]) AS k
WHERE a."counted_quarter" IS NOT NULL AND k IS NOT NULL
GROUP BY 1, 2, 3;

INSERT INTO "coverage_daily" ("source_key", "day", "basis", "articles")
SELECT "source_key", ("quarter" AT TIME ZONE 'UTC')::date, "basis", sum("articles")::int
FROM "coverage_quarter" GROUP BY 1, 2, 3;

INSERT INTO "theme_coverage_quarter" ("theme_version_id", "source_key", "quarter", "basis", "articles")
SELECT h."theme_version_id", k, a."counted_quarter", a."counted_basis", count(*)::int
FROM "article_theme_hits" h JOIN "articles" a ON a."id" = h."article_id"
CROSS JOIN LATERAL unnest(ARRAY['00000000-0000-0000-0000-000000000000'::uuid, a."counted_source_id"]) AS k
WHERE a."counted_quarter" IS NOT NULL AND k IS NOT NULL
GROUP BY 1, 2, 3, 4;

INSERT INTO "theme_coverage_daily" ("theme_version_id", "source_key", "day", "basis", "articles")
SELECT "theme_version_id", "source_key", ("quarter" AT TIME ZONE 'UTC')::date, "basis", sum("articles")::int
FROM "theme_coverage_quarter" GROUP BY 1, 2, 3, 4;
