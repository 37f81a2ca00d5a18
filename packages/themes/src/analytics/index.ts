// Coverage analytics on top of the series: spikes in a theme's share of coverage (with the
// articles behind them), emerging terms, theme co-occurrence, and source × theme shares.
// The methods and their thresholds are documented in docs/themes.md.
export {
  type CooccurrenceResult,
  type CooccurrenceTheme,
  cooccurrenceParamsSchema,
  type ThemePair,
  themeCooccurrence,
} from "./cooccurrence.ts";
export {
  detectSpikes,
  type Spike,
  type SpikeArticle,
  type SpikeResult,
  type ThemeSpikes,
} from "./detect-spikes.ts";
export { fisherUpperLogP } from "./hypergeometric.ts";
export { logLikelihoodG2 } from "./log-likelihood.ts";
export {
  type SourceThemeParams,
  type SourceThemeResult,
  type SourceThemeShares,
  sourceThemeParamsSchema,
  sourceThemeShares,
  type ThemeShare,
} from "./source-theme-shares.ts";
export {
  defaultBaselineBuckets,
  type SpikeParams,
  type SpikeParamsInput,
  spikeParamsSchema,
} from "./spike-params.ts";
export {
  type BucketTest,
  baselineIndices,
  findSpikes,
  type SpikeOptions,
  type SpikeSeriesInput,
  type ThemeSpikeStats,
  testBucket,
} from "./spikes.ts";
export { articleTerms } from "./term-extraction.ts";
export {
  type EmergingTerm,
  type EmergingTermsParams,
  type EmergingTermsResult,
  emergingTerms,
  emergingTermsParamsSchema,
  type PeriodSummary,
} from "./terms.ts";
export { type CachedEmergingTerms, cachedEmergingTerms } from "./terms-cache.ts";
