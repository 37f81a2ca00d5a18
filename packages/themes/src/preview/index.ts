export { type PreviewResult, type PreviewSample, previewDefinition, previewParamsSchema } from "./preview.ts";
export { DEFAULT_SAMPLE_TARGET, SAMPLE_BUCKETS, type SampleEstimate, scaleUp } from "./sample.ts";
