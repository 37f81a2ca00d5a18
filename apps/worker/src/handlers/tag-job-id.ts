// Tag jobs are keyed by article and content: one live job per text, never one per article, so new
// text arriving while an older text is being tagged still gets its own job.
export function tagJobId(articleId: string, contentHash: string): string {
  return `${articleId}-${contentHash.slice(0, 16)}`;
}
