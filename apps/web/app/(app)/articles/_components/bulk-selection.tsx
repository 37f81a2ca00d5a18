"use client";
// Which articles a bulk action applies to: rows ticked on this page, or every result of the
// current filter ("all"). Held in React state only: the ids never leave this page, and "all"
// is sent to the server as the filter, never as a list of ids.
import { createContext, type ReactNode, useContext, useMemo, useState } from "react";

export type BulkScope = { kind: "ids"; ids: string[] } | { kind: "all" };

interface BulkSelection {
  pageIds: string[];
  selected: ReadonlySet<string>;
  all: boolean;
  toggle(id: string, on: boolean): void;
  togglePage(on: boolean): void;
  selectAll(): void;
  clear(): void;
  scope: BulkScope | null;
}

const Context = createContext<BulkSelection | null>(null);

export function useBulkSelection(): BulkSelection {
  const value = useContext(Context);
  if (!value) throw new Error("useBulkSelection outside BulkSelectionProvider");
  return value;
}

export function BulkSelectionProvider({ pageIds, children }: { pageIds: string[]; children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [all, setAll] = useState(false);
  // A new page (another filter, next page, after a delete) starts with nothing selected.
  const key = pageIds.join(",");
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setSelected(new Set());
    setAll(false);
  }
  const value = useMemo<BulkSelection>(() => {
    const onPage = pageIds.filter((id) => selected.has(id));
    return {
      pageIds,
      selected,
      all,
      toggle(id, on) {
        setAll(false);
        setSelected((prev) => {
          const next = new Set(prev);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        });
      },
      togglePage(on) {
        setAll(false);
        setSelected(on ? new Set(pageIds) : new Set());
      },
      selectAll() {
        setSelected(new Set(pageIds));
        setAll(true);
      },
      clear() {
        setSelected(new Set());
        setAll(false);
      },
      scope: all ? { kind: "all" } : onPage.length > 0 ? { kind: "ids", ids: onPage } : null,
    };
  }, [pageIds, selected, all]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function SelectPageCheckbox() {
  const { pageIds, selected, togglePage } = useBulkSelection();
  const count = pageIds.filter((id) => selected.has(id)).length;
  return (
    <input
      type="checkbox"
      aria-label="Select all articles on this page"
      className="size-4 accent-blue-600"
      checked={count > 0 && count === pageIds.length}
      ref={(el) => {
        if (el) el.indeterminate = count > 0 && count < pageIds.length;
      }}
      onChange={(e) => togglePage(e.target.checked)}
    />
  );
}

export function SelectRowCheckbox({ id, label }: { id: string; label: string }) {
  const { selected, toggle } = useBulkSelection();
  return (
    <input
      type="checkbox"
      aria-label={`Select ${label}`}
      className="size-4 accent-blue-600"
      checked={selected.has(id)}
      onChange={(e) => toggle(id, e.target.checked)}
    />
  );
}
