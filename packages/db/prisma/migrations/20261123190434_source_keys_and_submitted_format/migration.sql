-- Sources are keyed by `key` (the host for web articles, `name:<slug>` for outlets known only by
-- name, such as seed files), so a source may have no domain. Existing sources keep their domain
-- as their key.
ALTER TABLE "sources" ADD COLUMN "key" TEXT;
UPDATE "sources" SET "key" = "domain";
ALTER TABLE "sources" ALTER COLUMN "key" SET NOT NULL;
ALTER TABLE "sources" ALTER COLUMN "domain" DROP NOT NULL;
DROP INDEX "sources_domain_key";
CREATE UNIQUE INDEX "sources_key_key" ON "sources"("key");

-- Documents submitted as files remember their format (html or text).
ALTER TABLE "articles" ADD COLUMN "submitted_format" TEXT;

-- A re-ingest that returns to an earlier text is a new version, so (article, content hash) is
-- no longer unique.
DROP INDEX "article_versions_article_id_content_hash_key";
