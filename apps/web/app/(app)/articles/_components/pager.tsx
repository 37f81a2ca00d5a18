// Previous/next links of a keyset-paginated list; they keep every other view parameter.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { type RawParams, withParams } from "@/lib/search-params/schemas";

export function Pager({ raw, prev, next }: { raw: RawParams; prev: string | null; next: string | null }) {
  const disabled = `${buttonClasses("secondary", "sm")} pointer-events-none opacity-50`;
  return (
    <nav aria-label="Pages" className="flex items-center justify-end gap-2 px-4 py-3">
      {prev ? (
        <Link
          href={`/articles${withParams(raw, { before: prev, after: undefined })}`}
          className={buttonClasses("secondary", "sm")}
        >
          ← Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          ← Previous
        </span>
      )}
      {next ? (
        <Link
          href={`/articles${withParams(raw, { after: next, before: undefined })}`}
          className={buttonClasses("secondary", "sm")}
        >
          Next →
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          Next →
        </span>
      )}
    </nav>
  );
}
