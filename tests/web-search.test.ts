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

  it('↓ ↓ and Enter choose the second hit; Esc closes', async () => {
    const { el, input } = await mount();
    const chosen: string[] = [];
    el.addEventListener('kb-search-select', (e) => chosen.push((e as CustomEvent<{ id: string }>).detail.id));
    input.value = 'csdl';
    input.dispatchEvent(new Event('input'));
    await settle();
    await el.updateComplete;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li[aria-selected=true]')!.textContent).toContain('hộ tịch');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(chosen).toEqual(['ndb:ho-tich']);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('Enter before choosing a hit, or on the last row, asks for every result', async () => {
    const { el, input } = await mount();
    const all: string[] = [];
    const chosen: string[] = [];
    el.addEventListener('kb-search-all', (e) => all.push((e as CustomEvent<{ text: string }>).detail.text));
    el.addEventListener('kb-search-select', (e) => chosen.push((e as CustomEvent<{ id: string }>).detail.id));
    input.value = 'kien truc 2.0 ';
    input.dispatchEvent(new Event('input'));
    await settle();
    await el.updateComplete;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(all).toEqual(['kien truc 2.0']);
    // ↓ past the hits lands on "all results".
    input.value = 'csdl';
    input.dispatchEvent(new Event('input'));
    await settle();
    await el.updateComplete;
    for (let i = 0; i < 5; i++) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li[aria-selected=true]')!.id).toBe('hit-all');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(all).toEqual(['kien truc 2.0', 'csdl']);
    expect(chosen).toEqual([]);
  });

  it('each hit names its kind, province (or national) and owner', async () => {
    const el = document.createElement('kb-search') as KbSearch;
    el.debounceMs = 0;
    el.search = async () => [
      {
        node: { id: 'component:qng-lgsp', name: 'LGSP', kind: 'Component', provenance: 'stated', province: 'Quảng Ngãi' },
        score: 1,
        matched: 'LGSP',
        owner: { id: 'agency:a', name: 'Sở Khoa học và Công nghệ' },
      },
      { node: { id: 'component:ndxp', name: 'NDXP', kind: 'Component', provenance: 'stated', province: null }, score: 1, matched: 'NDXP', owner: null },
    ];
    document.body.append(el);
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'x';
    input.dispatchEvent(new Event('input'));
    await settle();
    await el.updateComplete;
    const kinds = [...el.shadowRoot!.querySelectorAll('li[role=option] .kind')].map((x) => x.textContent!.trim());
    expect(kinds[0]).toBe('Hệ thống · Quảng Ngãi · chủ quản: Sở Khoa học và Công nghệ');
    expect(kinds[1]).toBe('Hệ thống · toàn quốc');
  });
});
