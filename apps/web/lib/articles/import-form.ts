// The fields of an import upload (multipart form): the file, and for document mode which
// columns hold the text, title, date and so on.
import { z } from "zod";
import { rejectControlCharacters } from "@/lib/api/control-chars";
import { ApiError } from "@/lib/api/errors";
import { limitedBody } from "@/lib/api/read-body";

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
/** The multipart framing and the option fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

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

/**
 * The upload, read as it streams in: past MAX_IMPORT_BYTES (plus room for the form's other
 * fields) it is refused with a 413 naming the limit, whatever Content-Length claimed.
 */
export async function readImportForm(request: Request): Promise<{ file: File; options: ImportOptions }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new ApiError(400, "invalid_form", "Send the file as multipart/form-data with a `file` field.");
  }
  let form: FormData;
  try {
    const body = limitedBody(request, MAX_IMPORT_BYTES + FORM_OVERHEAD_BYTES);
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch (error) {
    if (error instanceof ApiError) throw tooLargeFile();
    throw new ApiError(400, "invalid_form", "Send the file as multipart/form-data with a `file` field.");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    throw new ApiError(400, "missing_file", "Choose a CSV or JSONL file to upload.");
  }
  if (file.size > MAX_IMPORT_BYTES) throw tooLargeFile();
  const raw: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") raw[key] = value;
  rejectControlCharacters(raw, "The form");
  return { file, options: importOptionsSchema.parse({ mode: "urls", ...raw }) };
}

function tooLargeFile(): ApiError {
  return new ApiError(
    413,
    "file_too_large",
    `The file is larger than the import limit of ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it.`,
    { limitBytes: MAX_IMPORT_BYTES },
  );
}
