/**
 * Folders: the exchange format's `organizations` tree. An import keeps, for every element and
 * relationship, the labels of the folders above it (top first); an export rebuilds the tree from
 * those paths, labelled in the language of the model's names. Folder documentation, the labels'
 * own languages and empty folders are not kept.
 */
import type { LangText } from './texts.js';
import { attr, langElements, langTexts, list, type XmlNode } from './xml.js';

/** identifier → folder path, for every item of the organizations that refers to something. */
export function foldersOf(organizations: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (items: XmlNode[], path: string[]) => {
    for (const item of items) {
      const ref = attr(item, 'identifierRef');
      if (ref) out.set(ref, path);
      const label = langTexts(item.label)[0]?.text;
      const children = list(item.item);
      if (children.length) walk(children, label !== undefined ? [...path, label] : path);
    }
  };
  for (const org of list(organizations)) walk(list(org.item), []);
  return out;
}

interface Folder {
  label: string;
  folders: Map<string, Folder>;
  refs: string[];
}

/** The organizations element for items placed in folders; `lang` labels the folders. Undefined when nothing has a folder. */
export function organizations(placed: { identifier: string; folder?: string[] }[], lang: string | undefined): XmlNode | undefined {
  const root: Folder = { label: '', folders: new Map(), refs: [] };
  for (const p of placed) {
    if (!p.folder?.length) continue;
    let f = root;
    for (const label of p.folder) {
      if (!f.folders.has(label)) f.folders.set(label, { label, folders: new Map(), refs: [] });
      f = f.folders.get(label)!;
    }
    f.refs.push(p.identifier);
  }
  if (!root.folders.size) return undefined;
  const toItem = (f: Folder): XmlNode => {
    const label: LangText = lang ? { lang, text: f.label } : { text: f.label };
    return { label: langElements([label]), item: [...[...f.folders.values()].map(toItem), ...f.refs.map((r) => ({ '@identifierRef': r }))] };
  };
  return { item: [...root.folders.values()].map(toItem) };
}
