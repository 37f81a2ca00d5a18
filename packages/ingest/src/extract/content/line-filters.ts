// Single lines that are page furniture whatever container they sit in: a bare dateline, a photo
// credit, a numbered figure caption. Checked on short blocks only, so prose is never at risk.
import { findTextDates } from "../dates/text-patterns.ts";

/** Lines longer than this are prose, not furniture. */
const MAX_FURNITURE_LENGTH = 160;

// "Foto: ...", "(Credit: ...)", "Crédits photos : ...", "Image source: ...", "© ...".
const CREDIT =
  /^[([]?\s*(?:photos?|fotos?|bild(?:er)?|images?|pictures?|credits?|crédits?(?: photos?)?|créditos?|quelle|source|fuente|fonte|copyright|illustration|grafik|video)\s*(?:credits?|source|quelle)?\s*[:：©]|©|\b(?:getty images|shutterstock|istock(?:photo)?)\b/i;
// "Abbildung 4: ...", "Fig. 2.", "Figure 3 -", "Tabelle 1:".
const FIGURE_CAPTION =
  /^(?:fig(?:ure)?|abb(?:ildung)?|bild|image|imagen|illustration|grafik|tabelle|table|tabla|foto|photo)\.?\s*\d+\s*[:.–-]/i;

// "Anzeige", "- Advertisement -": ad labels left where the ad was.
const AD_LABEL =
  /^[\s\-–—|*]*(?:anzeige|advertisement|advertising|werbung|publicidad|publicité|pubblicità|sponsored|gesponsert)[\s\-–—|*]*$/iu;
// Widget controls rendered as text: "Bild anzeigen Bild schließen", "Quellen ausblenden", "Show more".
const CONTROL_WORD =
  /^(?:anzeigen|schließen|ausblenden|einblenden|öffnen|aufklappen|zuklappen|show|hide|close|open|expand|collapse|toggle|mostrar|ocultar|cerrar|afficher|masquer|fermer)$/iu;

function isControlLine(text: string): boolean {
  // Values ("Close 82.1") are data, not buttons.
  if (text.length > 40 || /\d/.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => word !== "");
  const controls = words.filter((word) => CONTROL_WORD.test(word)).length;
  return controls > 0 && controls * 2 >= words.length;
}

export function isFurnitureLine(text: string): boolean {
  if (text.length > MAX_FURNITURE_LENGTH) return false;
  return (
    CREDIT.test(text) ||
    FIGURE_CAPTION.test(text) ||
    isBareDate(text) ||
    AD_LABEL.test(text) ||
    isControlLine(text)
  );
}

/** A line that is a date and little else ("7. Oktober 2020", "Updated 2020-10-07 14:03"). */
function isBareDate(text: string): boolean {
  if (text.length > 60) return false;
  const dates = findTextDates(text);
  if (dates.length === 0) return false;
  // What is left besides digits, punctuation and a couple of words (weekday, "Updated", "Uhr").
  const words = text
    .replace(/[\d\s.,:/|–—()-]+/g, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0);
  return words.length <= 3;
}

/** Consent placeholders are short boxes; a longer paragraph quoting such words is prose. */
const MAX_CONSENT_LENGTH = 400;

// What an embed (tweet, video, map) shows until the reader consents: a button line naming the
// platform, and a notice about privacy and third-party content.
const CONSENT_NOTICE =
  /\b(?:wir respektieren|we respect|nous respectons|respetamos) (?:deine|ihre|your|votre|tu|su) (?:privatsphäre|privacy|vie privée|privacidad)\b|\bohne (?:dein|ihr) einverständnis\b|\b(?:externe[nr]?|third[- ]party) (?:inhalte?|content|dienste|services)\b[^.!?]{0,80}\b(?:laden|load(?:ed|ing)?|anzeigen|display(?:ed)?|zustimm|consent|agree|einverstanden)|\b(?:by (?:clicking|loading|playing)|mit dem (?:klick|laden|abspielen))\b[^.!?]{0,80}\b(?:consent|agree|accept|akzeptier|einverstanden|zustimm)/iu;
const CONSENT_BUTTON =
  /^(?:(?:twitter|x|youtube|vimeo|instagram|facebook|tiktok|spotify|soundcloud|podcast|google maps|maps?|video|inhalt|content)\s+(?:freischalten|aktivieren|laden|anzeigen|entsperren|akzeptieren)|(?:load|show|enable|unblock|activate)\s+(?:twitter|x|youtube|vimeo|instagram|facebook|tiktok|spotify|soundcloud|external)(?:\s+(?:content|post|video|embed))?)$/iu;

/** An embed's consent placeholder, anywhere in the article. */
export function isConsentPlaceholder(text: string): boolean {
  if (text.length > MAX_CONSENT_LENGTH) return false;
  return CONSENT_BUTTON.test(text.trim()) || CONSENT_NOTICE.test(text);
}
