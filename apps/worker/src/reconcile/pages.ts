// Keyset pagination over ids, so a reconcile of a large backlog reads it in bounded pages.
export const RECONCILE_PAGE = 500;

export async function forEachPage<T extends { id: string }>(
  load: (after: string | undefined) => Promise<T[]>,
  visit: (page: T[]) => Promise<void>,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const page = await load(after);
    if (page.length > 0) await visit(page);
    if (page.length < RECONCILE_PAGE) return;
    after = page.at(-1)?.id;
  }
}
