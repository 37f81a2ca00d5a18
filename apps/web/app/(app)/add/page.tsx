// Add articles: paste URLs or upload a file, and watch each one go from queued to extracted
// (or to failed, with the reason) without reloading.
import type { Metadata } from "next";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/authenticate";
import { AddUrlsForm } from "./_components/add-urls-form";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Add articles" };

export default async function AddPage() {
  await requireRole("editor");
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
    </>
  );
}
