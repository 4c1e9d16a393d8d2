/**
 * Helpers for the web element tests in happy-dom (no browser, no server): mount an element with
 * its properties, reach into its shadow root, fill a form field as a user does, and start each
 * test from an empty page in Vietnamese.
 */
import { afterEach, expect } from 'vitest';
import { setLang } from '../../web/src/i18n/i18n.js';

export type LitElementLike = HTMLElement & { updateComplete: Promise<boolean> };

/** Creates `tag`, assigns `props` (in order), appends it to the page and waits for its first render. */
export async function mount<T extends LitElementLike>(tag: string, ...props: Record<string, unknown>[]): Promise<T> {
  const el = document.createElement(tag) as T;
  Object.assign(el, ...props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The first element in `el`'s shadow root that matches `sel`. */
export const $ = <E extends Element = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector(sel) as E;

/** Sets a form field in `el`'s shadow root and fires the event the form listens to (change for a select, input otherwise). */
export async function fill(el: LitElementLike, sel: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, sel);
  expect(input, sel).toBeTruthy();
  input.value = value;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
  await el.updateComplete;
}

/** The detail of the next `name` event `el` emits. */
export function nextEvent<D>(el: HTMLElement, name: string): Promise<D> {
  return new Promise((resolve) => el.addEventListener(name, (e) => resolve((e as CustomEvent<D>).detail), { once: true }));
}

/** After each test of the calling file: an empty page, the interface back in Vietnamese. */
export function resetPageAfterEach(): void {
  afterEach(() => {
    document.body.innerHTML = '';
    setLang('vi');
  });
}

/** Fills the fields `#f-<name>` of `el`'s form in the order given (the kind first: it decides the other fields). */
export async function fillFields(el: LitElementLike, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await fill(el, `#f-${name}`, value);
}
