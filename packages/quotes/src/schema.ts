// The shape of an extracted quote, as the CLI prints it and other packages store it.
import { z } from "zod";

export const speakerSchema = z.object({
  /** Offsets of the words in the text naming the speaker (the pronoun if the text has one). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The resolved name: a pronoun is replaced by the nearest preceding full name. */
  name: z.string().min(1),
  /** Role or organisation when the text gives one ("spokesperson", "professor at Yale"). */
  role: z.string().min(1).nullable(),
});

export const quoteSchema = z.object({
  /** Offsets of the quotation, marks included, in the given text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** `text.slice(start, end)`. */
  text: z.string(),
  speaker: speakerSchema.nullable(),
});

export type Speaker = z.infer<typeof speakerSchema>;
export type Quote = z.infer<typeof quoteSchema>;
