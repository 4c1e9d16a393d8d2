/**
 * Every view's state lives in the URL (`?view=impact&id=ndb:dan-cu&depth=3&lang=en`), so a link
 * reopens the same view, root, filters and depth. Pure functions; kb-app applies them to history.
 */
export const VIEWS = ['home', 'explore', 'impact', 'national', 'duplication', 'appraisal', 'architecture', 'edit', 'import', 'search'] as const;
/** Views with a tab (search results open from the search box). */
export const TABS = VIEWS.filter((v) => v !== 'search');
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  lang: 'vi' | 'en';
  /** View parameters: id, direction, depth, filters… (strings; lists comma-separated). */
  params: Record<string, string>;
}

export function parseRoute(search: string): Route {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const lang = q.get('lang') === 'en' ? 'en' : 'vi';
  const params: Record<string, string> = {};
  for (const [k, v] of q) if (k !== 'view' && k !== 'lang' && v !== '') params[k] = v;
  // The bare address is the home page; a link with parameters but no known view explores them.
  const asked = q.get('view') ?? '';
  const view = (VIEWS as readonly string[]).includes(asked) ? (asked as View) : !asked && !Object.keys(params).length ? 'home' : 'explore';
  return { view, lang, params };
}

export function formatRoute(r: Route): string {
  const q = new URLSearchParams();
  q.set('view', r.view);
  for (const k of Object.keys(r.params).sort()) if (r.params[k] !== '' && r.params[k] !== undefined) q.set(k, r.params[k]);
  if (r.lang === 'en') q.set('lang', 'en');
  return `?${q.toString()}`;
}

/** A list parameter: "a,b" → ["a", "b"]. */
export const listParam = (v: string | undefined): string[] => (v ? v.split(',').filter(Boolean) : []);

/** Event a view fires to change the route (kb-app listens). */
export const NAVIGATE_EVENT = 'kb-navigate';
export interface NavigateDetail {
  view?: View;
  params: Record<string, string>;
  /** Replace the current history entry (filters typing) rather than push (a new root). */
  replace?: boolean;
}

export function navigate(from: EventTarget, detail: NavigateDetail) {
  from.dispatchEvent(new CustomEvent<NavigateDetail>(NAVIGATE_EVENT, { detail, bubbles: true, composed: true }));
}
