// The signed-in shell (components/layout/app-shell.tsx): navigation, the user menu, the page.
// The session check here is for the shell only: every page checks it again itself (authedDb),
// since they render in parallel.
import { roleAtLeast } from "@tidemark/accounts";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { NavLinks } from "@/components/layout/nav-links";
import { UserMenu } from "@/components/layout/user-menu";
import { requireSession } from "@/lib/auth/authenticate";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user, csrfToken } = await requireSession();
  return (
    <>
      {/* The dashboard's scripts send this in x-csrf-token (lib/client/api-fetch.ts). */}
      <meta name="tidemark-csrf" content={csrfToken} />
      <AppShell
        nav={<NavLinks canEdit={roleAtLeast(user.role, "editor")} />}
        userMenu={<UserMenu username={user.username} />}
      >
        {children}
      </AppShell>
    </>
  );
}
