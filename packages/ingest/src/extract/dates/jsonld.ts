// Dates from JSON-LD: the article object's datePublished/dateModified first, then any other
// typed object that carries them (WebPage, VideoObject ...), never people or organisations.
import { type JsonLd, type JsonObject, stringProp, typesOf } from "../metadata/jsonld.ts";

export interface RawDates {
  readonly published: readonly string[];
  readonly modified: readonly string[];
}

const NOT_THE_PAGE =
  /^(person|organization|newsmediaorganization|corporation|website|imageobject|breadcrumblist|place|event|offer|rating|review)$/i;

export function jsonLdDates(jsonLd: JsonLd): RawDates {
  const objects: JsonObject[] = [];
  if (jsonLd.article) objects.push(jsonLd.article);
  for (const object of jsonLd.objects) {
    if (object !== jsonLd.article && !typesOf(object).some((type) => NOT_THE_PAGE.test(type)))
      objects.push(object);
  }
  const published: string[] = [];
  const modified: string[] = [];
  for (const object of objects) {
    for (const key of ["datePublished", "dateCreated", "uploadDate"]) {
      const value = stringProp(object, key);
      if (value !== null) published.push(value);
    }
    const changed = stringProp(object, "dateModified");
    if (changed !== null) modified.push(changed);
  }
  return { published, modified };
}
