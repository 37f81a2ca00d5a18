// Add articles: paste URLs or upload a file, and watch each one go from queued to extracted
// (or to failed, with the reason) without reloading. Every batch is kept in the import history
// below, with its progress counted from Postgres and followed live while it runs.
import { listImports } from "@tidemark/intake";
import type { Metadata } from "next";
import { z } from "zod";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { authedDb } from "@/lib/auth/authed-db";
import { readLiveStates } from "@/lib/live/read-live-states";
import { type RawParams, singleParam } from "@/lib/search-params/schemas";
import { AddUrlsForm } from "./_components/add-urls-form";
import { ImportForm } from "./_components/import-form";
import { ImportHistory } from "./_components/import-history";

export const metadata: Metadata = { title: "Add articles" };

const pageParam = singleParam(z.coerce.number().int().min(1).max(100_000).catch(1).default(1));

export default async function AddPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { db } = await authedDb("editor");
  const page = pageParam.parse((await searchParams).page);
  // Live states before the data they guard (see lib/live/read-live-states.ts).
  const live = await readLiveStates(db, ["imports"]);
  const history = await listImports(db, { page });
  return (
    <>
      <PageHeader
        title="Add articles"
        description="Tidemark fetches each page, extracts the article and its date, and tags it with every theme. Already-known URLs are reported as duplicates, not added twice."
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <CardHeader title="Paste URLs" />
          <CardBody>
            <AddUrlsForm />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Upload a CSV or JSONL file" />
          <CardBody>
            <ImportForm />
          </CardBody>
        </Card>
      </div>
      <div className="mt-6">
        <Card>
          <CardHeader
            title="Recent imports"
            description="Every list of URLs and file added, with its progress."
            actions={<LiveRefresh states={live} minGapMs={2_000} />}
          />
          <ImportHistory page={history} current={page} />
        </Card>
      </div>
    </>
  );
}
