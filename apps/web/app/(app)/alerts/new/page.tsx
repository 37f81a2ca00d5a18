// A new alert rule (editors). `?theme=<id>` (the "Alert me" button on a theme's page) chooses the
// theme; `?query=<search>` (the "Alert me" button of an article search) starts a rule on that
// query, limited to `?collection=<id>` or `?source=<id>` if given; `?source=<id>` alone starts a
// source-failing rule for that source.
import type { Metadata } from "next";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ruleOptions } from "@/lib/alerts/rule-options";
import { authedDb } from "@/lib/auth/authed-db";
import { isUuid } from "@/lib/ids/is-uuid";
import { RuleForm } from "../_components/rule-form";
import type { RuleFormState } from "../_components/rule-form-model";

export const metadata: Metadata = { title: "New alert rule" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAlertRulePage({ searchParams }: Props) {
  const { db } = await authedDb("editor");
  const sp = await searchParams;
  const { themes, sources, collections } = await ruleOptions(db);
  const themeId = typeof sp.theme === "string" && isUuid(sp.theme) ? sp.theme : null;
  const sourceId = typeof sp.source === "string" && isUuid(sp.source) ? sp.source : null;
  const collectionId = typeof sp.collection === "string" && isUuid(sp.collection) ? sp.collection : null;
  const query = typeof sp.query === "string" && sp.query.trim() !== "" ? sp.query.trim() : null;
  const theme = themes.find((t) => t.id === themeId);
  const known = (id: string | null, options: { id: string }[]) =>
    id !== null && options.some((o) => o.id === id) ? id : "";
  const initial: Partial<RuleFormState> = theme
    ? { themeId: theme.id, name: `${theme.label}: new articles` }
    : query
      ? {
          watch: "query",
          query,
          name: `Search “${query}”: new articles`.slice(0, 120),
          sourceId: known(sourceId, sources),
          collectionId: known(collectionId, collections),
        }
      : sourceId && sources.some((s) => s.id === sourceId)
        ? { kind: "source_failing", sourceId }
        : {};
  return (
    <>
      <PageHeader
        title="New alert rule"
        description={
          theme
            ? `Alerts on ${theme.label}.`
            : query
              ? "Alerts on a search: check the query, then say where to send."
              : "What to watch, how often to send, and where."
        }
      />
      <Card>
        <CardBody>
          <RuleForm themes={themes} sources={sources} collections={collections} initial={initial} />
        </CardBody>
      </Card>
    </>
  );
}
