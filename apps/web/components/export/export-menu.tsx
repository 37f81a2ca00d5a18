"use client";
// "Download" for any chart or list: CSV or JSON of exactly what is on screen, stamped with the
// theme versions and extractor version that produced it.
import { buttonClasses } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuLink,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

interface ExportMenuProps {
  /** e.g. "series" */
  dataset: string;
  /** The view's query string, without format. */
  query: string;
  label?: string;
}

export function ExportMenu({ dataset, query, label = "Download" }: ExportMenuProps) {
  const base = `/api/exports/${dataset}`;
  const href = (format: string) => {
    const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
    params.set("format", format);
    return `${base}?${params.toString()}`;
  };
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className={buttonClasses("secondary", "sm")} aria-label={`${label} ${dataset}`}>
        <span aria-hidden="true">⤓</span> {label}
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>Stamped with theme and extractor versions</DropdownMenuLabel>
        <DropdownMenuLink href={href("csv")} download>
          CSV (spreadsheets)
        </DropdownMenuLink>
        <DropdownMenuLink href={href("json")} download>
          JSON (scripts)
        </DropdownMenuLink>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
