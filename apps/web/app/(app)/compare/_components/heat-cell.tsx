// A heatmap cell: colour intensity by value (0–1), the number itself always printed, and a link
// to the articles behind it.
import Link from "next/link";
import type { ReactNode } from "react";

interface HeatCellProps {
  /** 0..1, or null for no data. */
  intensity: number | null;
  href?: string;
  label: string;
  children: ReactNode;
  /** Red for "more than expected", blue otherwise. */
  hue?: "blue" | "red";
}

export function HeatCell({ intensity, href, label, children, hue = "blue" }: HeatCellProps) {
  const alpha = intensity === null ? 0 : 0.06 + 0.74 * Math.max(0, Math.min(1, intensity));
  const rgb = hue === "red" ? "220, 38, 38" : "37, 99, 235";
  const style = {
    backgroundColor: `rgba(${rgb}, ${alpha.toFixed(3)})`,
    // Dark text on every shade: white on the mid shades fell under 4.5:1 (WCAG AA); slate-900 keeps
    // at least 4.7:1 up to the darkest cell.
    color: "#0f172a",
  };
  const content = <span className="block px-2 py-1.5 text-center tabular-nums">{children}</span>;
  return (
    <td className="border border-white p-0 text-sm" style={style} title={label}>
      {href ? (
        <Link
          href={href}
          aria-label={label}
          className="block hover:outline-2 hover:outline-slate-900 focus-visible:outline-2 focus-visible:outline-slate-900"
        >
          {content}
        </Link>
      ) : (
        content
      )}
    </td>
  );
}
