-- Import history: every batch of URLs or uploaded file, and the articles it resolved to.
-- CreateTable
CREATE TABLE "imports" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "file_name" TEXT,
    "format" TEXT,
    "mode" TEXT,
    "user_id" UUID,
    "submitted" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "duplicate" INTEGER NOT NULL,
    "invalid" INTEGER NOT NULL,
    "settled_at" TIMESTAMPTZ(3),
    "final_counts" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_articles" (
    "import_id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "is_new" BOOLEAN NOT NULL,

    CONSTRAINT "import_articles_pkey" PRIMARY KEY ("import_id","article_id")
);

-- CreateIndex
CREATE INDEX "imports_created_at_idx" ON "imports"("created_at");

-- CreateIndex
CREATE INDEX "imports_settled_at_idx" ON "imports"("settled_at");

-- CreateIndex
CREATE INDEX "import_articles_article_id_idx" ON "import_articles"("article_id");

-- AddForeignKey
ALTER TABLE "imports" ADD CONSTRAINT "imports_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_articles" ADD CONSTRAINT "import_articles_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_articles" ADD CONSTRAINT "import_articles_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
