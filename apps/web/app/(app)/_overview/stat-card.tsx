import Link from "next/link";
import type { ReactNode } from "react";

export function StatCard({
  label,
  value,
  detail,
  href,
}: {
  label: string;
  value: string;
  detail?: ReactNode;
  href?: string;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <p className="text-sm text-slate-500">{label}</p>
      <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">
        {href ? (
          <Link href={href} className="hover:text-blue-700 hover:underline">
            {value}
          </Link>
        ) : (
          value
        )}
      </p>
      {detail && <p className="mt-1 text-xs text-slate-500">{detail}</p>}
    </div>
  );
}
