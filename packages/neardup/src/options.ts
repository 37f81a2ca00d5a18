// Near-duplicate settings, validated once at the boundary.
import { z } from "zod";

export const nearDupOptionsSchema = z
  .object({
    /** Words per shingle. */
    shingleSize: z.number().int().min(1).max(16).default(5),
    /** MinHash functions (signature length). */
    numHashes: z.number().int().min(8).max(1024).default(128),
    /** LSH bands; numHashes / bands rows per band. */
    bands: z.number().int().min(1).max(256).default(32),
    /** Estimated Jaccard at or above which two texts count as copies. */
    threshold: z.number().min(0).max(1).default(0.5),
  })
  .refine((o) => o.numHashes % o.bands === 0, { message: "numHashes must be a multiple of bands" });

export type NearDupOptions = z.infer<typeof nearDupOptionsSchema>;
export type NearDupOptionsInput = z.input<typeof nearDupOptionsSchema>;

export function nearDupOptions(input: NearDupOptionsInput = {}): NearDupOptions {
  return nearDupOptionsSchema.parse(input);
}
