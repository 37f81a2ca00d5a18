"use client";
// A menu on Radix: arrow keys move, Enter picks, Escape closes.
import * as Menu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "./cn";

export const DropdownMenu = Menu.Root;
export const DropdownMenuTrigger = Menu.Trigger;

export function DropdownMenuContent({
  children,
  align = "end",
}: {
  children: ReactNode;
  align?: "start" | "end";
}) {
  return (
    <Menu.Portal>
      <Menu.Content
        align={align}
        sideOffset={6}
        className="z-50 min-w-44 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg"
      >
        {children}
      </Menu.Content>
    </Menu.Portal>
  );
}

const itemClasses =
  "flex cursor-pointer select-none items-center gap-2 rounded px-2 py-1.5 text-slate-800 outline-none data-[highlighted]:bg-blue-50 data-[highlighted]:text-blue-900";

export function DropdownMenuItem({
  children,
  onSelect,
  className,
}: {
  children: ReactNode;
  onSelect?: (event: Event) => void;
  className?: string;
}) {
  return (
    <Menu.Item onSelect={onSelect} className={cn(itemClasses, className)}>
      {children}
    </Menu.Item>
  );
}

/** A menu item that is a link (downloads, navigation); keeps the anchor's native behaviour. */
export function DropdownMenuLink({
  href,
  children,
  download,
}: {
  href: string;
  children: ReactNode;
  download?: boolean;
}) {
  return (
    <Menu.Item asChild className={itemClasses}>
      {download ? (
        <a href={href} download>
          {children}
        </a>
      ) : (
        <Link href={href}>{children}</Link>
      )}
    </Menu.Item>
  );
}

export function DropdownMenuLabel({ children }: { children: ReactNode }) {
  return <Menu.Label className="px-2 py-1 text-xs text-slate-500">{children}</Menu.Label>;
}

export function DropdownMenuSeparator() {
  return <Menu.Separator className="my-1 h-px bg-slate-100" />;
}
