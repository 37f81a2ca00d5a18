"use client";
// Changing a page's view state (range, unit, zone, source…) at once: the new values go into the
// URL (so the view is shareable and the back button works) and the server renders the page for
// them. `pending` is true until the new page has arrived.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

/** undefined removes a key. */
export type ViewChanges = Record<string, string | undefined>;

export function viewHref(pathname: string, current: URLSearchParams, changes: ViewChanges): string {
  const params = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    params.delete(key);
    if (value !== undefined && value !== "") params.set(key, value);
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function useViewParams(): { apply: (changes: ViewChanges) => void; pending: boolean } {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const apply = useCallback(
    (changes: ViewChanges) => {
      const href = viewHref(pathname, new URLSearchParams(searchParams.toString()), changes);
      startTransition(() => router.push(href, { scroll: false }));
    },
    [router, pathname, searchParams],
  );
  return { apply, pending };
}
