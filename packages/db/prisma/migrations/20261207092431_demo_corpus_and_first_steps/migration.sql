-- CreateEnum
CREATE TYPE "DemoCorpusStatus" AS ENUM ('requested', 'loading', 'loaded', 'removing', 'removed');

-- CreateTable
CREATE TABLE "demo_corpora" (
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "credit" TEXT NOT NULL DEFAULT '',
    "status" "DemoCorpusStatus" NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "filed" INTEGER NOT NULL DEFAULT 0,
    "removed" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "demo_corpora_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "first_steps" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "added_url_at" TIMESTAMPTZ(3),
    "feed_at" TIMESTAMPTZ(3),
    "theme_at" TIMESTAMPTZ(3),
    "dismissed_at" TIMESTAMPTZ(3),

    CONSTRAINT "first_steps_pkey" PRIMARY KEY ("id")
);
