// English stopwords: function words, plus the reporting verbs and fillers that fill news copy
// ("said", "told", "according") and never name what the news is about. Lower case, as the
// tokenizer folds text; contraction stems ("don", "isn") are here because apostrophes split
// words ("don't" → "don" + "t").
export const ENGLISH_STOPWORDS: readonly string[] = `
a about above according across after again against ago all almost along already also although always
am among an and another any anyone anything are aren around as asked at away back be became because
become been before being below between both but by came can cannot could couldn did didn do does
doesn doing don done down during each either else even ever every few for from further get gets
getting go goes going got had hadn has hasn have haven having he her here hers herself him himself
his how however i if in including into is isn it its itself just least less let like ll made make
makes many may me might more most mr mrs ms much must mustn my myself near need neither never no nor
not now of off often on once one only or other others our ours ourselves out over own per put rather
re really said same say saying says see seen several shall shan she should shouldn since so some
something still such take than that the their theirs them themselves then there these they thing
things this those though through thus to told too took toward towards under until up upon us use
used using ve very via was wasn way we well were weren what whatever when where whether which while
who whom whose why will with within without won would wouldn yet you your yours yourself yourselves
`
  .split(/\s+/)
  .filter(Boolean);
