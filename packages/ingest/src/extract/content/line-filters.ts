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
