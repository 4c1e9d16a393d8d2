// @vitest-environment happy-dom
/**
 * <kb-search> as a component: typing searches (through the function given by property), the
 * keyboard moves and chooses, and the choice is announced by a kb-search-select event.
 */
import { describe, expect, it } from 'vitest';
import '../../web/src/kb-search/kb-search.js';
import type { KbSearch } from '../../web/src/kb-search/kb-search.js';
import type { SearchHit } from '../../web/src/api/queries.js';
import { mount as mountElement, nextEvent, resetPageAfterEach } from '../setup/dom.js';

const hit = (id: string, name: string): SearchHit => ({ node: { id, name, kind: 'NationalDatabase', provenance: 'stated' }, score: 1, matched: name });

/** A search box whose search answers `hits` (two national databases unless told), calls recorded. */
async function mount(hits = [hit('ndb:dan-cu', 'CSDL quốc gia về Dân cư'), hit('ndb:ho-tich', 'CSDL hộ tịch điện tử toàn quốc')]) {
  const calls: string[] = [];
  const search = async (text: string) => (calls.push(text), hits);
  const el = await mountElement<KbSearch>('kb-search', { debounceMs: 0, search });
  const input = el.shadowRoot!.querySelector('input')!;
  /** Types `text` as a user does and waits for the hits to show. */
  const type = async (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  };
  /** Presses `key` `times` times, then waits for the list to follow. */
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) input.dispatchEvent(new KeyboardEvent('keydown', { key }));
    await el.updateComplete;
  };
  const selected = () => el.shadowRoot!.querySelector('li[aria-selected=true]')!;
  return { el, calls, input, type, press, selected };
}

resetPageAfterEach();

describe('kb-search', () => {
  it('searches what is typed and lists the hits as options', async () => {
    const { el, calls, input, type } = await mount();
    await type('dan cu');
    expect(calls).toEqual(['dan cu']);
    const options = [...el.shadowRoot!.querySelectorAll('li[role=option]')].map((li) => li.textContent!.trim());
    expect(options[0]).toContain('CSDL quốc gia về Dân cư');
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('↓ ↓ and Enter choose the second hit; Esc closes', async () => {
    const { el, input, type, press, selected } = await mount();
    await type('csdl');
    await press('ArrowDown', 2);
    expect(selected().textContent).toContain('hộ tịch');
    const chosen = nextEvent<{ id: string }>(el, 'kb-search-select');
    await press('Enter');
    expect((await chosen).id).toBe('ndb:ho-tich');
    await press('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('Enter before choosing a hit, or on the last row, asks for every result', async () => {
    const { el, type, press, selected } = await mount();
    const all: string[] = [];
    const chosen: string[] = [];
    el.addEventListener('kb-search-all', (e) => all.push((e as CustomEvent<{ text: string }>).detail.text));
    el.addEventListener('kb-search-select', (e) => chosen.push((e as CustomEvent<{ id: string }>).detail.id));
    await type('kien truc 2.0 ');
    await press('Enter');
    expect(all).toEqual(['kien truc 2.0']);
    // ↓ past the hits lands on "all results".
    await type('csdl');
    await press('ArrowDown', 5);
    expect(selected().id).toBe('hit-all');
    await press('Enter');
    expect(all).toEqual(['kien truc 2.0', 'csdl']);
    expect(chosen).toEqual([]);
  });

  it('each hit names its kind, province (or national) and owner', async () => {
    const { el, type } = await mount([
      {
        node: { id: 'component:qng-lgsp', name: 'LGSP', kind: 'Component', provenance: 'stated', province: 'Quảng Ngãi' },
        score: 1,
        matched: 'LGSP',
        owner: { id: 'agency:a', name: 'Sở Khoa học và Công nghệ' },
      },
      { node: { id: 'component:ndxp', name: 'NDXP', kind: 'Component', provenance: 'stated', province: null }, score: 1, matched: 'NDXP', owner: null },
    ]);
    await type('x');
    const kinds = [...el.shadowRoot!.querySelectorAll('li[role=option] .kind')].map((x) => x.textContent!.trim());
    expect(kinds[0]).toBe('Hệ thống · Quảng Ngãi · chủ quản: Sở Khoa học và Công nghệ');
    expect(kinds[1]).toBe('Hệ thống · toàn quốc');
  });
});
