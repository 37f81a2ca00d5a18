// The fields of an import upload (multipart form): the file, and for document mode which
// columns hold the text, title, date and so on.
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

const fieldName = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => v || undefined);

export const importOptionsSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("urls"), urlField: fieldName }),
  z.object({
    mode: z.literal("documents"),
    textFields: z
      .string()
      .trim()
      .min(1, "Name the field(s) that hold the article text, e.g. text or headline,summary")
      .transform((v) =>
        v
          .split(",")
          .map((f) => f.trim())
          .filter(Boolean),
      ),
    titleField: fieldName,
    dateField: fieldName,
    authorField: fieldName,
    urlField: fieldName,
    siteField: fieldName,
  }),
]);

export type ImportOptions = z.output<typeof importOptionsSchema>;

export async function readImportForm(request: Request): Promise<{ file: File; options: ImportOptions }> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ApiError(400, "invalid_form", "Send the file as multipart/form-data with a `file` field.");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    throw new ApiError(400, "missing_file", "Choose a CSV or JSONL file to upload.");
  }
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ApiError(
      413,
      "file_too_large",
      `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it.`,
    );
  }
  const raw: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") raw[key] = value;
  return { file, options: importOptionsSchema.parse({ mode: "urls", ...raw }) };
}
