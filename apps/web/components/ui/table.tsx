// Plain tables with consistent spacing; numeric columns right-aligned with tabular figures so
// numbers line up for comparison.
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";
import { ScrollArea } from "./scroll-area";

/** A wide table scrolls inside its own box (a tab stop while it overflows), never the page. */
export function Table({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <ScrollArea className="overflow-x-auto">
      <table className={cn("w-full border-collapse text-sm", className)}>{children}</table>
    </ScrollArea>
  );
}

export function Th({
  className,
  numeric,
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return (
    <th
      scope="col"
      className={cn(
        "border-b border-slate-200 bg-slate-50 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600",
        numeric ? "text-right" : "text-left",
        className,
      )}
      {...props}
    />
  );
}

export function Td({
  className,
  numeric,
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return (
    <td
      className={cn(
        "border-b border-slate-100 px-3 py-2 align-top text-slate-800",
        numeric && "text-right tabular-nums",
        className,
      )}
      {...props}
    />
  );
}
