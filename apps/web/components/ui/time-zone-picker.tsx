"use client";
// One searchable time-zone picker for every form (an ARIA combobox): type part of a city or
// region, arrow keys move, Enter picks, Escape restores. The zone list is built in the browser,
// so a page carries only the chosen zone, not ~420 <option>s. Without script the field is a
// plain text input holding the zone name, which the server validates.
import { useId, useMemo, useRef, useState } from "react";
import { searchTimeZones, timeZoneNames } from "@/lib/dates/time-zones";
import { cn } from "./cn";
import { controlClasses } from "./field";

interface TimeZonePickerProps {
  /** The form field name (the value is submitted under it). */
  name?: string;
  id?: string;
  value: string;
  /** Called with a zone from the list once one is picked. */
  onChange?: (zone: string) => void;
  className?: string;
}

export function TimeZonePicker({ name, id, value, onChange, className }: TimeZonePickerProps) {
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const zones = useMemo(() => timeZoneNames(), []);
  const matches = useMemo(
    () => (query === null ? [] : searchTimeZones(zones, query === value ? "" : query)),
    [zones, query, value],
  );
  const open = query !== null && matches.length > 0;

  function pick(zone: string) {
    setQuery(null);
    onChange?.(zone);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (query === null) {
        setQuery(value);
        setActive(0);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + matches.length) % Math.max(matches.length, 1));
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      const zone = matches[active];
      if (zone) pick(zone);
    } else if (event.key === "Escape" && query !== null) {
      event.preventDefault();
      setQuery(null);
    }
  }

  return (
    <div className={cn("relative", className)}>
      <input
        ref={input}
        id={id}
        name={name}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query ?? value}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
        className={cn(controlClasses, "h-9 w-full")}
      />
      <div
        id={listId}
        role="listbox"
        aria-label="Time zones"
        hidden={!open}
        className="absolute z-40 mt-1 max-h-64 w-full min-w-56 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {open &&
          matches.map((zone, i) => (
            <div
              key={zone}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: it comes before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(zone);
              }}
              onMouseEnter={() => setActive(i)}
              className={cn(
                "cursor-pointer px-3 py-1.5",
                i === active ? "bg-blue-600 text-white" : "text-slate-800",
                zone === value && i !== active && "font-semibold",
              )}
            >
              {zone.replaceAll("_", " ")}
            </div>
          ))}
      </div>
    </div>
  );
}
