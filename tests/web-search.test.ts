// @vitest-environment happy-dom
/**
 * <kb-search> as a component: typing searches (through the function given by property), the
 * keyboard moves and chooses, and the choice is announced by a kb-search-select event.
 */
import { describe, expect, it } from 'vitest';
import '../web/src/kb-search/kb-search.js';
import type { KbSearch } from '../web/src/kb-search/kb-search.js';

const hit = (id: string, name: string) => ({ node: { id, name, kind: 'NationalDatabase', provenance: 'stated' }, score: 1, matched: name });

async function mount() {
  const el = document.createElement('kb-search') as KbSearch;
  el.debounceMs = 0;
  const calls: string[] = [];
  el.search = async (text: string) => {
    calls.push(text);
    return [hit('ndb:dan-cu', 'CSDL quốc gia về Dân cư'), hit('ndb:ho-tich', 'CSDL hộ tịch điện tử toàn quốc')];
  };
  document.body.append(el);
  await el.updateComplete;
  return { el, calls, input: el.shadowRoot!.querySelector('input')! };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('kb-search', () => {
  it('searches what is typed and lists the hits as options', async () => {
    const { el, calls, input } = await mount();
    input.value = 'dan cu';
    input.dispatchEvent(new Event('input'));
    await settle();
    await el.updateComplete;
    expect(calls).toEqual(['dan cu']);
    const options = [...el.shadowRoot!.querySelectorAll('li[role=option]')].map((li) => li.textContent!.trim());
    expect(options[0]).toContain('CSDL quốc gia về Dân cư');
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('↓ and Enter choose the second hit; Esc closes', async () => {
    const { el, input } = await mount();
    const chosen: string[] = [];
    el.addEventListener('kb-search-select', (e) => chosen.push((e as CustomEvent<{ id: string }>).detail.id));
    input.value = 'csdl';
    input.dispatchEvent(new Event('input'));
    await settle();
    await el.updateComplete;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li[aria-selected=true]')!.textContent).toContain('hộ tịch');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(chosen).toEqual(['ndb:ho-tich']);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });
});
