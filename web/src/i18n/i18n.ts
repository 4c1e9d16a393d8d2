/**
 * Language: Vietnamese first, English on request. `t(key, params)` reads the one dictionary;
 * `LanguageController` re-renders a Lit element when the language changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DICTIONARY, type LabelKey } from './dictionary.js';

export type Lang = 'vi' | 'en';
export const LANGUAGE_EVENT = 'kb-language-changed';

let current: Lang = 'vi';

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang) {
  if (lang === current) return;
  current = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  globalThis.dispatchEvent?.(new CustomEvent(LANGUAGE_EVENT, { detail: { lang } }));
}

/** The label in the current language; `{name}` placeholders filled from params. */
export function t(key: LabelKey, params: Record<string, string | number> = {}): string {
  const entry = DICTIONARY[key];
  const text: string = entry ? entry[current] : key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** Picks the Vietnamese or English variant of a bilingual value the server sent. */
export function pick<T>(vi: T, en: T): T {
  return current === 'en' ? en : vi;
}

export class LanguageController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate();
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected() {
    globalThis.addEventListener?.(LANGUAGE_EVENT, this.onChange);
  }
  hostDisconnected() {
    globalThis.removeEventListener?.(LANGUAGE_EVENT, this.onChange);
  }
}
