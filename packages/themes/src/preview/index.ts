export { type PreviewResult, type PreviewSample, previewDefinition, previewParamsSchema } from "./preview.ts";
