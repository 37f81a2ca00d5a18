// Editing an alert rule (editors): the form filled in with its settings (never its secret), a
// rule on a search query's feeds, and a test send of the saved rule.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FeedCard } from "@/components/feeds/feed-card";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ruleOptions } from "@/lib/alerts/rule-options";
import { authedDb } from "@/lib/auth/authed-db";
import { isUuid } from "@/lib/ids/is-uuid";
import { RuleActions } from "../../_components/rule-actions";
import { RuleForm } from "../../_components/rule-form";
import { formFromRule } from "../../_components/rule-form-model";

export const metadata: Metadata = { title: "Edit alert rule" };

type Props = { params: Promise<{ id: string }> };

export default async function EditAlertRulePage({ params }: Props) {
  const { db } = await authedDb("editor");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [rule, options] = await Promise.all([db.alertRule.findUnique({ where: { id } }), ruleOptions(db)]);
  if (!rule) notFound();
  return (
    <>
      <PageHeader title={`Edit “${rule.name}”`} description="Changes apply from the next evaluation." />
      <Card className="mb-6">
        <CardBody>
          <RuleForm
            themes={options.themes}
            sources={options.sources}
            collections={options.collections}
            initial={formFromRule(rule)}
            editing={{ id: rule.id, hasSecret: rule.webhookSecret !== null }}
          />
        </CardBody>
      </Card>
      {rule.query !== null && (
        <div className="mb-6">
          <FeedCard base={`/api/feeds/alerts/${rule.id}`} />
        </div>
      )}
      <Card>
        <CardHeader
          title="Test or delete the saved rule"
          description="A test sends a message to each channel now."
        />
        <CardBody>
          <RuleActions id={rule.id} name={rule.name} onEditPage />
        </CardBody>
      </Card>
    </>
  );
}
