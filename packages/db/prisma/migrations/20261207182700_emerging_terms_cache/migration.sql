-- CreateTable
CREATE TABLE "emerging_terms_cache" (
    "key" TEXT NOT NULL,
    "theme_version_id" UUID,
    "fingerprint" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "emerging_terms_cache_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "emerging_terms_cache_theme_version_id_idx" ON "emerging_terms_cache"("theme_version_id");

-- AddForeignKey
ALTER TABLE "emerging_terms_cache" ADD CONSTRAINT "emerging_terms_cache_theme_version_id_fkey" FOREIGN KEY ("theme_version_id") REFERENCES "theme_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
