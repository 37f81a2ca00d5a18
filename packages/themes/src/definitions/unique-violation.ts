// Slug and version checks run before the write, so two requests at the same moment can both pass
// them and one then hits the unique constraint. That is still the user's conflict to resolve, not
// a server fault: it becomes a ThemeInputError (a 4xx) instead of a raw database error (a 500).
import { Prisma } from "@tidemark/db";
import { ThemeInputError } from "./input.ts";

/**
 * The columns of the unique constraint a write violated, or null when the error is something
 * else. Prisma 7's driver adapters report them under `driverAdapterError` (as column names)
 * instead of the `target` older engines set; both shapes are read, and neither is public API, so
 * an unknown shape still counts as a violation (with no columns).
 */
export function uniqueViolationColumns(error: unknown): string[] | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = error.meta as
    | { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } }
    | undefined;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
  if (!Array.isArray(fields)) return [];
  return fields.map((f) => String(f).replaceAll('"', ""));
}

/** Runs a theme write, turning a unique violation into a ThemeInputError a user can act on. */
export async function withUniqueViolationsAsInputErrors<T>(
  slug: string | undefined,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const columns = uniqueViolationColumns(error);
    if (columns === null) throw error;
    // Without column names (an unknown error shape) the slug is still the likely one: it is the
    // only unique value a user chooses.
    if (slug !== undefined && (columns.length === 0 || columns.includes("slug"))) {
      throw new ThemeInputError(`The slug "${slug}" is already used by another theme.`, "slug");
    }
    throw new ThemeInputError(
      "Someone else changed this theme at the same moment; reload it and save again.",
      "id",
    );
  }
}
