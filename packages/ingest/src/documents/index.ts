export { cleanOptionalText, cleanText } from "./clean-text.ts";
export { extractPlainText, splitParagraphs } from "./plain-text.ts";
export { countWords } from "./word-count.ts";
