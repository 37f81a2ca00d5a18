-- Article search and theme previews on a stored text vector (issue 12).
--
-- search_vector: the prefilter vector (tidemark_prefilter_vector, see 20261123201500_prefilter_cjk_
-- characters) computed once when title or text change and stored, with its own GIN index. The old
-- expression index made Postgres recompute the vector for every row it rechecked, and a plan that
-- walked another index (ORDER BY created_at LIMIT n) recomputed it for each row it passed: 4.6 s for
-- `trump` at 1M articles. Prisma cannot express a generated column, so schema.prisma declares it as
-- Unsupported("tsvector") and this file is written by hand.
--
-- sample_bucket: 0–65535 from a hash of the id, generated too. `sample_bucket < b` is a fixed,
-- uniformly random sample of b/65536 of the articles (the same articles every time), which theme
-- previews use to estimate counts with a margin of error while a definition is being typed.
--
-- Adding stored generated columns rewrites the articles table once (about a minute per million
-- articles on a small machine); the expression index is dropped after its replacement exists.

-- AlterTable
ALTER TABLE "articles"
  ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (tidemark_prefilter_vector("title", "text")) STORED,
  ADD COLUMN "sample_bucket" INTEGER GENERATED ALWAYS AS (hashtext("id"::text) & 65535) STORED;

-- CreateIndex
CREATE INDEX "articles_sample_bucket_idx" ON "articles"("sample_bucket");

-- CreateIndex (GIN; not expressible in schema.prisma for an Unsupported column)
CREATE INDEX "articles_search_vector_idx" ON "articles" USING gin ("search_vector");

-- DropIndex: every reader now uses the stored column.
DROP INDEX "articles_prefilter_idx";
