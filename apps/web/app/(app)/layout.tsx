// The signed-in shell: sidebar navigation, the user menu, and the page. The session check here is
// for the shell only: every page checks it again itself (authedDb), since they render in parallel.
import { roleAtLeast } from "@tidemark/accounts";
import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "@/components/layout/nav-links";
import { UserMenu } from "@/components/layout/user-menu";
import { requireSession } from "@/lib/auth/authenticate";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user, csrfToken } = await requireSession();
  return (
    <div className="flex min-h-screen">
      {/* The dashboard's scripts send this in x-csrf-token (lib/client/api-fetch.ts). */}
      <meta name="tidemark-csrf" content={csrfToken} />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="w-56 shrink-0 bg-slate-900">
        <div className="sticky top-0 flex h-screen flex-col px-3 py-4">
          <Link href="/" className="mb-6 flex items-center gap-2 px-3 text-lg font-semibold text-white">
            <span aria-hidden="true" className="text-blue-400">
              ≋
            </span>
            Tidemark
          </Link>
          <nav aria-label="Main" className="flex-1">
            <NavLinks canEdit={roleAtLeast(user.role, "editor")} />
          </nav>
          <UserMenu username={user.username} />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-8 py-6">
        <div className="mx-auto max-w-7xl">{children}</div>
      </main>
    </div>
  );
}
