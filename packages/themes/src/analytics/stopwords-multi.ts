// A small set of the most frequent function words of other languages Tidemark sees often
// (German, French, Spanish, Portuguese, Italian, Dutch) and the commonest Chinese and Japanese
// particles, so a foreign-language article does not flood the terms with "der" or "的".
// Deliberately short: words that are also content words elsewhere are left out. The CJK particles
// are single characters; they only matter at the edge of a character n-gram.
const BY_LANGUAGE: Record<string, string> = {
  de: `aber als am auch auf aus bei bis das dass dem den der des die doch durch ein eine einem einen
    einer eines er es für hat hatte ich ihr im ist jetzt kann mit nach nicht noch nur oder sich sie
    sind so über um und uns vom von vor war wie wird wir wurde zu zum zur`,
  fr: `au aux avec ce ces cette dans de des du elle en est et il ils la le les leur mais ont ou par
    pas plus pour qu que qui sa se ses son sont sur un une`,
  es: `al como con del el ella entre era esta este fue ha las lo los más muy para pero por porque
    se sin su sus y ya`,
  pt: `à às ao da das do dos é em mas na nas não no nos num o os pela pelo também uma`,
  it: `che chi come degli della delle dello di gli il nel nella non per più sono tra una uno`,
  nl: `dat een heeft het hij ik is maar met niet ook op te van voor wat werd worden zijn`,
  cjk: `的 了 是 在 和 与 也 就 都 而 及 着 の に は を が で と た て も`,
};

export const OTHER_STOPWORDS: readonly string[] = Object.values(BY_LANGUAGE).flatMap((words) =>
  words.split(/\s+/).filter(Boolean),
);
