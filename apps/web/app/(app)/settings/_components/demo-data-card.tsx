// Settings → Demo data: what the demo corpus is (source and licence), where it stands, and the
// one click that removes it (or loads it again).
import { DemoActions } from "@/components/demo/demo-actions";
import { DemoProgress } from "@/components/demo/demo-progress";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { DemoStatus } from "@/lib/demo/demo-status";

const STATUS_TEXT: Record<DemoStatus["status"], string> = {
  requested: "waiting for the worker",
  loading: "loading",
  loaded: "loaded",
  removing: "being removed",
  removed: "removed",
};

export function DemoDataCard({ corpora, canManage }: { corpora: DemoStatus[]; canManage: boolean }) {
  return (
    <Card>
      <CardHeader
        title="Demo data"
        description="Loaded on first start so the charts have a story to tell. Removing it deletes its articles and takes them out of every count and share."
      />
      <CardBody className="space-y-4">
        <DemoProgress initial={corpora} />
        <ul className="divide-y divide-slate-100">
          {corpora.map((c) => (
            <li key={c.name} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
              <span className="min-w-0">
                <span className="font-medium text-slate-900">{c.title || c.name}</span>
                <span className="block text-xs text-slate-600">
                  {c.credit} · {STATUS_TEXT[c.status]}
                  {c.status === "loaded" && ` · ${c.filed.toLocaleString("en-US")} articles`}
                </span>
              </span>
              {canManage ? (
                <DemoActions corpus={c} />
              ) : (
                <span className="text-xs text-slate-600">Admins can remove it.</span>
              )}
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
