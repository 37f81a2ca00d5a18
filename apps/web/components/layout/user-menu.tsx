"use client";
// The signed-in user, with settings and logout.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { cn, focusRing } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuLink,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

export function UserMenu({ username }: { username: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function logout() {
    try {
      await apiFetch("/api/auth/logout", { method: "POST" });
      router.replace("/login");
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div>
      <DropdownMenu>
        <DropdownMenuTrigger
          className={cn(
            "flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm text-slate-200 hover:bg-slate-800",
            focusRing,
          )}
        >
          <span
            aria-hidden="true"
            className="flex size-7 items-center justify-center rounded-full bg-blue-600 text-xs font-semibold uppercase text-white"
          >
            {username.slice(0, 2)}
          </span>
          <span className="min-w-0 flex-1 truncate">{username}</span>
          <span aria-hidden="true" className="text-slate-400">
            ▾
          </span>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuLabel>Signed in as {username}</DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuLink href="/settings">Settings</DropdownMenuLink>
          <DropdownMenuItem onSelect={() => void logout()}>Log out</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {error && (
        <p role="alert" className="mt-1 px-3 text-xs text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
