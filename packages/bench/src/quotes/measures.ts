// The three ways `pnpm bench quotes` scores quotes (docs/quotes.md, "Scoring").
//   enclosed: gold = annotated content spans enclosed in quotation marks; match = overlap of at
//     least half the shorter span.
//   broad: gold = enclosed plus content spans at least half inside quotation marks; same match.
//   quoted: the measure as inferred from its wording and calibrated to its stated
//     regex-baseline figure: gold = every annotated content span holding a pair of double
//     quotation marks; match = at least half of the predicted quote lies inside the annotated span.
export const MEASURES = ["enclosed", "broad", "quoted"] as const;

export type MeasureName = (typeof MEASURES)[number];
