// Dates as pages write them, in the synthetic pages' languages. The generator picks the day; this
// only renders it, so every expected answer is computed, never written by hand.

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: "January February March April May June July August September October November December".split(" "),
  de: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(" "),
  fr: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" "),
  es: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(" "),
  it: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(
    " ",
  ),
  pt: "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(" "),
  nl: "januari februari maart april mei juni juli augustus september oktober november december".split(" "),
};
const WEEKDAYS: Readonly<Record<string, readonly string[]>> = {
  en: "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" "),
  de: "Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag".split(" "),
  fr: "dimanche lundi mardi mercredi jeudi vendredi samedi".split(" "),
  es: "domingo lunes martes miércoles jueves viernes sábado".split(" "),
  it: "domenica lunedì martedì mercoledì giovedì venerdì sabato".split(" "),
  pt: "domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado".split(" "),
  nl: "zondag maandag dinsdag woensdag donderdag vrijdag zaterdag".split(" "),
};

export const WRITTEN_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "ja", "zh"] as const;
export type WrittenLanguage = (typeof WRITTEN_LANGUAGES)[number];

const pad = (value: number): string => String(value).padStart(2, "0");

export function isoDay({ year, month, day }: Day): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function weekday(date: Day, language: string): string {
  const index = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return WEEKDAYS[language]?.[index] ?? "";
}

/** A long written form with the weekday, as bylines print it. */
export function writtenDate(date: Day, language: WrittenLanguage, variant: number): string {
  const { year, month, day } = date;
  if (language === "ja" || language === "zh") return `${year}年${month}月${day}日`;
  const name = MONTHS[language]?.[month - 1] ?? "";
  const withDay = variant % 2 === 0;
  const wd = weekday(date, language);
  switch (language) {
    case "en":
      return withDay ? `${wd}, ${name} ${day}, ${year}` : `${day} ${name} ${year}`;
    case "de":
      return withDay ? `${wd}, ${day}. ${name} ${year}` : `${day}. ${name} ${year}`;
    case "fr":
      return withDay ? `${wd} ${day === 1 ? "1er" : day} ${name} ${year}` : `${day} ${name} ${year}`;
    case "es":
    case "pt":
      return withDay ? `${wd}, ${day} de ${name} de ${year}` : `${day} de ${name} de ${year}`;
    default:
      return withDay ? `${wd} ${day} ${name} ${year}` : `${day} ${name} ${year}`;
  }
}

/** Numeric day/month form in the page's order (US English month first). */
export function numericDate(date: Day, monthFirst: boolean): string {
  const { year, month, day } = date;
  return monthFirst ? `${month}/${day}/${year}` : `${pad(day)}.${pad(month)}.${year}`;
}

export function addDays(date: Day, days: number): Day {
  const value = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * 86_400_000);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}
