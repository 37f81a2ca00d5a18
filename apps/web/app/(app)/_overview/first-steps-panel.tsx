// What to do first, shown until done: add a URL, subscribe to a feed, write a theme. Each step
// links to where it is done and is ticked once it is; the panel goes when all three are.
import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { FirstStep, FirstStepKey } from "@/lib/overview/first-steps";
import { DismissFirstSteps } from "./dismiss-first-steps";

const STEPS: Record<FirstStepKey, { title: string; detail: string; href: string; action: string }> = {
  url: {
    title: "Add an article by its URL",
    detail: "Paste one or many addresses; each is fetched, extracted and tagged.",
    href: "/add",
    action: "Add articles",
  },
  feed: {
    title: "Subscribe to a feed",
    detail: "Give a site or an RSS/Atom feed; new articles arrive on a schedule.",
    href: "/schedules",
    action: "Add a schedule",
  },
  theme: {
    title: "Write a theme",
    detail: 'A query such as "tiktok ban" OR (huawei AND sanctions); its share of coverage is tracked.',
    href: "/themes/new",
    action: "New theme",
  },
};

export function FirstStepsPanel({ steps, canEdit }: { steps: FirstStep[]; canEdit: boolean }) {
  return (
    <Card className="mb-6">
      <CardHeader
        title="First steps"
        description="The demo data shows what Tidemark does; these make it track what you care about."
        actions={canEdit ? <DismissFirstSteps /> : undefined}
      />
      <ol className="grid gap-3 p-4 md:grid-cols-3">
        {steps.map((step, i) => {
          const s = STEPS[step.key];
          return (
            <li
              key={step.key}
              className={cn(
                "rounded-md border p-3 text-sm",
                step.done ? "border-emerald-200 bg-emerald-50" : "border-slate-200",
              )}
            >
              <p className="font-medium text-slate-900">
                <span aria-hidden="true" className="mr-1.5">
                  {step.done ? "✓" : `${i + 1}.`}
                </span>
                {s.title}
                {step.done && <span className="sr-only"> (done)</span>}
              </p>
              <p className="mt-1 text-slate-600">{s.detail}</p>
              {!step.done && canEdit && (
                <Link href={s.href} className="mt-2 inline-block font-medium text-blue-700 hover:underline">
                  {s.action} →
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
