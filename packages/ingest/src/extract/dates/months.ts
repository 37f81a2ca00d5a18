// Month names (full, genitive and common abbreviations) for the languages news pages are most
// often written in. Keys are lowercase; lookups strip a trailing dot ("Okt." -> "okt").
// One string per month (January first), names separated by "|" (some names contain spaces).
const MONTHS: readonly string[] = [
  "january|jan|januar|jänner|jän|janvier|janv|enero|ene|gennaio|gen|janeiro|januari|stycznia|styczeń|ocak|января|январь|ledna|leden|tammikuuta|január|ianuarie|ian|يناير|كانون الثاني|gener",
  "february|feb|febr|februar|février|févr|fevrier|fevr|febrero|febbraio|fevereiro|fev|februari|lutego|luty|şubat|subat|февраля|февраль|února|únor|helmikuuta|február|februarie|فبراير|شباط|febrer",
  "march|mar|märz|mär|mrz|maerz|mars|marzo|março|marco|maart|mrt|marca|marzec|mart|марта|март|března|březen|maaliskuuta|március|martie|maret|مارس|آذار|març",
  "april|apr|avril|avr|abril|abr|aprile|kwietnia|kwiecień|nisan|апреля|апрель|dubna|duben|huhtikuuta|április|aprilie|أبريل|إبريل|نيسان",
  "may|mai|mayo|maggio|mag|maio|mei|maj|maja|mayıs|mayis|мая|май|května|květen|toukokuuta|május|مايو|أيار|maig",
  "june|jun|juni|juin|junio|giugno|giu|junho|czerwca|czerwiec|haziran|июня|июнь|června|červen|kesäkuuta|június|iunie|يونيو|حزيران|juny",
  "july|jul|juli|juillet|juil|julio|luglio|lug|julho|lipca|lipiec|temmuz|июля|июль|července|červenec|heinäkuuta|július|iulie|يوليو|تموز|juliol",
  "august|aug|août|aout|agosto|ago|augustus|sierpnia|sierpień|ağustos|agustos|августа|август|srpna|srpen|elokuuta|augusztus|agustus|أغسطس|آب|agost",
  "september|sep|sept|septembre|septiembre|setiembre|set|settembre|setembro|września|wrzesień|eylül|eylul|сентября|сентябрь|září|syyskuuta|szeptember|septembrie|سبتمبر|أيلول|setembre",
  "october|oct|oktober|okt|octobre|octubre|ottobre|ott|outubro|out|października|październik|ekim|октября|октябрь|října|říjen|lokakuuta|október|octombrie|أكتوبر|تشرين الأول",
  "november|nov|novembre|noviembre|novembro|listopada|listopad|kasım|kasim|ноября|ноябрь|listopadu|marraskuuta|noiembrie|نوفمبر|تشرين الثاني",
  "december|dec|dezember|dez|décembre|déc|decembre|diciembre|dic|dicembre|dezembro|grudnia|grudzień|aralık|aralik|декабря|декабрь|prosince|prosinec|joulukuuta|desember|decembrie|ديسمبر|كانون الأول|desembre",
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((names, index) => names.split("|").map((name) => [name, index + 1] as const)),
);

/** Regex alternation of all names, longest first so "sept" wins over "sep". */
export const MONTH_NAME_PATTERN = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");

export function monthFromName(name: string): number | null {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, "")) ?? null;
}
