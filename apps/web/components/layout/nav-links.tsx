"use client";
// The main navigation; the current section is marked for sighted and screen-reader users alike.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn, focusRing } from "@/components/ui/cn";
import { useNavCollapsed } from "./app-shell";

export const NAV_ITEMS = [
  { href: "/", label: "Overview", icon: "◎" },
  { href: "/add", label: "Add articles", icon: "+", editorsOnly: true },
  { href: "/articles", label: "Articles", icon: "☰" },
  { href: "/themes", label: "Themes", icon: "◆" },
  { href: "/stories", label: "Stories", icon: "❖" },
  { href: "/compare", label: "Compare", icon: "⇆" },
  { href: "/sources", label: "Sources", icon: "▦" },
  { href: "/voices", label: "Voices", icon: "❝" },
  { href: "/alerts", label: "Alerts", icon: "!" },
  { href: "/schedules", label: "Schedules", icon: "↻" },
  { href: "/health", label: "Health", icon: "♥" },
  { href: "/settings", label: "Settings", icon: "⚙" },
] as const;

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Viewers do not see what they cannot use (the server refuses it anyway). */
export function NavLinks({ canEdit }: { canEdit: boolean }) {
  const pathname = usePathname();
  const collapsed = useNavCollapsed();
  return (
    <ul className="space-y-0.5">
      {NAV_ITEMS.filter((item) => canEdit || !("editorsOnly" in item)).map((item) => {
        const active = isActive(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              title={collapsed ? item.label : undefined}
              className={cn(
                "flex items-center gap-2.5 rounded-md px-3 py-2 text-sm font-medium",
                focusRing,
                active ? "bg-slate-800 text-white" : "text-slate-300 hover:bg-slate-800/60 hover:text-white",
              )}
            >
              <span aria-hidden="true" className="w-4 text-center text-slate-400">
                {item.icon}
              </span>
              <span className={collapsed ? "md:sr-only" : undefined}>{item.label}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
