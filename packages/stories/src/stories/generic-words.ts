// Words that name no event: reporting verbs, time words, headline fillers ("finds", "latest",
// "dies", "watch"). A label never shows them alone or at the edge of a phrase, however rare they
// are in a small corpus. General English news vocabulary, not fitted to any story.
const WORDS = `
said says say saying told tells tell report reports reported reporting finds find found finding
claims claim announces announced announce reveals revealed reveal shows show showed shown
new news latest update updates breaking exclusive live watch video videos photo photos image images
first last next former top big biggest key major more most less least many much several
year years month months week weeks day days today tonight yesterday tomorrow time times
morning evening night hour hours minute minutes
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
people person man men woman women officials official authorities source sources
dead dies died death deaths says gets get got make makes made take takes took set sets
give gives gave go goes going went come comes came want wants wanted need needs
amid after before over under against about around across back still just now here there
could would should might must will can also even ever never again
way ways thing things lot lots part parts case cases number numbers percent million billion
thousands hundreds dozens
`;

export const GENERIC_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter((w) => w !== ""));

/** True when a key's first or last word is generic: "report finds", "man charged", "new moon". */
export function hasGenericEdge(term: string): boolean {
  const words = term.split(" ");
  return GENERIC_WORDS.has(words[0] ?? "") || GENERIC_WORDS.has(words[words.length - 1] ?? "");
}
