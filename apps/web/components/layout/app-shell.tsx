"use client";
// The signed-in frame: a sidebar on wide screens (collapsible to icons, remembered per browser)
// and, below the md breakpoint, a top bar whose menu button opens the same navigation as a
// drawer. The drawer closes on navigation and on Escape; the page never scrolls sideways.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { cn, focusRing } from "@/components/ui/cn";

const COLLAPSED_KEY = "tidemark-nav-collapsed";

const CollapsedContext = createContext(false);

/** Whether the sidebar shows icons only (labels then stay for screen readers). */
export function useNavCollapsed(): boolean {
  return useContext(CollapsedContext);
}

interface AppShellProps {
  /** The navigation list; it reads useNavCollapsed() to show icons only. */
  nav: ReactNode;
  userMenu: ReactNode;
  children: ReactNode;
}

function Brand({ collapsed = false }: { collapsed?: boolean }) {
  return (
    <Link
      href="/"
      className={cn("flex items-center gap-2 rounded px-3 text-lg font-semibold text-white", focusRing)}
    >
      <span aria-hidden="true" className="text-blue-400">
        ≋
      </span>
      <span className={collapsed ? "sr-only" : undefined}>Tidemark</span>
    </Link>
  );
}

export function AppShell({ nav, userMenu, children }: AppShellProps) {
  const pathname = usePathname();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  useEffect(() => {
    setCollapsed(window.localStorage.getItem(COLLAPSED_KEY) === "1");
  }, []);

  // A link followed in the drawer lands on a page with the drawer closed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every path change
  useEffect(() => setDrawerOpen(false), [pathname]);

  useEffect(() => {
    if (!drawerOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setDrawerOpen(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [drawerOpen]);

  function toggleCollapsed() {
    const next = !collapsed;
    setCollapsed(next);
    window.localStorage.setItem(COLLAPSED_KEY, next ? "1" : "0");
  }

  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 flex items-center justify-between bg-slate-900 px-2 py-2 md:hidden">
        <Brand />
        <button
          type="button"
          aria-expanded={drawerOpen}
          aria-controls="app-nav"
          onClick={() => setDrawerOpen((open) => !open)}
          className={cn("rounded-md px-3 py-2 text-sm font-medium text-white hover:bg-slate-800", focusRing)}
        >
          <span aria-hidden="true">{drawerOpen ? "✕" : "☰"}</span> Menu
        </button>
      </header>
      {drawerOpen && (
        <button
          type="button"
          aria-label="Close the menu"
          tabIndex={-1}
          onClick={() => setDrawerOpen(false)}
          className="fixed inset-0 z-30 bg-slate-900/50 md:hidden"
        />
      )}
      <aside
        id="app-nav"
        data-collapsed={collapsed ? "true" : "false"}
        className={cn(
          "shrink-0 bg-slate-900",
          // Phones: a drawer over the page, shown only when opened.
          "fixed inset-y-0 left-0 z-40 w-64 max-w-[85vw] overflow-y-auto",
          drawerOpen ? "block" : "hidden",
          // Wider screens: always there, in the flow, 14rem or icons only.
          "md:static md:block md:max-w-none md:overflow-visible",
          collapsed ? "md:w-16" : "md:w-56",
        )}
      >
        <div className="flex h-full flex-col px-3 py-4 md:sticky md:top-0 md:h-screen">
          <div className="mb-6 hidden md:block">
            <Brand collapsed={collapsed} />
          </div>
          <nav aria-label="Main" className="flex-1">
            <CollapsedContext.Provider value={collapsed}>{nav}</CollapsedContext.Provider>
          </nav>
          <div className={collapsed ? "md:hidden" : undefined}>{userMenu}</div>
          <button
            type="button"
            onClick={toggleCollapsed}
            aria-pressed={collapsed}
            title={collapsed ? "Expand the navigation" : "Collapse the navigation"}
            className={cn(
              "mt-2 hidden items-center gap-2 rounded-md px-3 py-2 text-left text-xs text-slate-300 hover:bg-slate-800 hover:text-white md:flex",
              focusRing,
            )}
          >
            <span aria-hidden="true">{collapsed ? "»" : "«"}</span>
            <span className={collapsed ? "sr-only" : undefined}>Collapse navigation</span>
          </button>
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-4 sm:px-6 md:px-8 md:py-6">
        <div className="mx-auto max-w-7xl">{children}</div>
      </main>
    </div>
  );
}
