/**
 * Names and documentation in several languages. ArchiMate gives every name, documentation and
 * property value an optional xml:lang; akb has one Vietnamese `name`, an English `nameEn` and one
 * `description`. These helpers pick akb's fields out of the ArchiMate texts and put edited fields
 * back into them, so languages survive an import and an export.
 */

export interface LangText {
  lang?: string;
  text: string;
}

export interface Texts {
  name: LangText[];
  documentation: LangText[];
}

/** akb's own data is Vietnamese. */
export const AKB_LANGUAGE = 'vi';

const isLang = (t: LangText, lang: string) => (t.lang ?? '').toLowerCase().split('-')[0] === lang;

/** The name akb shows: the Vietnamese one when there is one, else the first. */
export function primaryNameIndex(names: LangText[]): number {
  const vi = names.findIndex((t) => isLang(t, AKB_LANGUAGE));
  return vi >= 0 ? vi : names.length ? 0 : -1;
}

/** The documentation in the language of the primary name, else the first. */
function primaryDocIndex(texts: Texts): number {
  const lang = texts.name[primaryNameIndex(texts.name)]?.lang;
  const same = texts.documentation.findIndex((t) => t.lang === lang);
  return same >= 0 ? same : texts.documentation.length ? 0 : -1;
}

function englishIndex(texts: Texts): number {
  const primary = primaryNameIndex(texts.name);
  return texts.name.findIndex((t, i) => i !== primary && isLang(t, 'en'));
}

export interface AkbTexts {
  name?: string;
  nameEn?: string;
  description?: string;
}

/** akb's name, English name and description read from ArchiMate texts. */
export function akbTexts(texts: Texts): AkbTexts {
  const name = texts.name[primaryNameIndex(texts.name)]?.text;
  const en = texts.name[englishIndex(texts)]?.text;
  const doc = texts.documentation[primaryDocIndex(texts)]?.text;
  return { name, nameEn: en, description: doc };
}

/**
 * The ArchiMate texts for akb's fields: the stored texts (when the node came from ArchiMate) with
 * the primary name, English name and documentation replaced by the current values, so an edit in
 * akb wins and other languages stay. Without stored texts, akb's fields in Vietnamese and English.
 */
export function reconcileTexts(stored: Texts | undefined, fields: AkbTexts): Texts {
  const t: Texts = { name: [...(stored?.name ?? [])], documentation: [...(stored?.documentation ?? [])] };
  const primary = primaryNameIndex(t.name);
  if (fields.name !== undefined) {
    if (primary >= 0) t.name[primary] = { ...t.name[primary], text: fields.name };
    else t.name.unshift({ lang: AKB_LANGUAGE, text: fields.name });
  }
  const first = t.name[primaryNameIndex(t.name)];
  const lang = first?.lang;
  // An English primary name is its own English gloss.
  const wantEnglish = fields.nameEn !== undefined && !(first && isLang(first, 'en') && fields.nameEn === first.text);
  const en = englishIndex(t);
  if (wantEnglish) {
    if (en >= 0) t.name[en] = { ...t.name[en], text: fields.nameEn! };
    else t.name.push({ lang: 'en', text: fields.nameEn! });
  } else if (en >= 0) t.name.splice(en, 1);
  const doc = primaryDocIndex(t);
  if (fields.description !== undefined) {
    if (doc >= 0) t.documentation[doc] = { ...t.documentation[doc], text: fields.description };
    else t.documentation.unshift(lang ? { lang, text: fields.description } : { text: fields.description });
  } else if (doc >= 0) t.documentation.splice(doc, 1);
  return t;
}

export const sameTexts = (a: Texts, b: Texts) => JSON.stringify(a) === JSON.stringify(b);

export function parseTexts(json: unknown): Texts | undefined {
  if (typeof json !== 'string' || !json) return undefined;
  const t = JSON.parse(json) as Partial<Texts>;
  return { name: t.name ?? [], documentation: t.documentation ?? [] };
}
