// The JSON Lines contract of `tidemark quotes --input FILE`: one line in ({"id","text"}), one line
// out ({"id","quotes"}), same order; a failing line yields {"id","error"} for that line alone.
import { type Quote, quoteSchema } from "@tidemark/quotes";
import { z } from "zod";

export const quotesInputLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
});

export type QuotesInputLine = z.infer<typeof quotesInputLineSchema>;

export const quotesOutputLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  quotes: z.array(quoteSchema),
});

export function quotesOutputLine(id: string | number, quotes: readonly Quote[]): string {
  return JSON.stringify(quotesOutputLineSchema.parse({ id, quotes }));
}

/** Why a line was rejected, naming the line number and, for bad fields, each field. */
export function quotesErrorLine(id: string | number | null, lineNumber: number, error: unknown): string {
  const reason =
    error instanceof z.ZodError
      ? z.prettifyError(error)
      : error instanceof SyntaxError
        ? `not JSON (${error.message})`
        : error instanceof Error
          ? error.message
          : String(error);
  return JSON.stringify({ id, error: `line ${lineNumber}: ${reason}` });
}
