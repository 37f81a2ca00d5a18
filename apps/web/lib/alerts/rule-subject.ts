// What a rule watches, in words: a theme's name, a source, or a search query with its filter.
interface RuleWithSubject {
  query: string | null;
  theme: { name: string } | null;
  source: { key: string; name: string | null } | null;
  collection: { name: string } | null;
}

export function ruleSubject(rule: RuleWithSubject): string {
  const source = rule.source ? (rule.source.name ?? rule.source.key) : null;
  if (rule.query !== null) {
    const from = source ?? rule.collection?.name;
    return `the search “${rule.query}”${from ? ` (from ${from})` : ""}`;
  }
  return rule.theme?.name ?? source ?? "—";
}
