import { css } from 'lit';

/**
 * The CSS the views share, one sheet per family, put first in a view's `styles` so the view's own
 * rules (and its media queries) still come after and win.
 */

/** The plain button of the graph views (explore, impact, national). */
export const viewButtonStyles = css`
  button { font: inherit; padding: 0.2rem 0.6rem; border: 1px solid #555; border-radius: 4px; background: #fff; color: #111; cursor: pointer; }
`;

/**
 * The walk views (impact, national): the view fills the window below the shell's header, a
 * parameter form on top, a summary line, tables in a scrolling box, alerts and notes.
 */
export const walkViewStyles = css`
  :host { display: flex; flex-direction: column; height: calc(100vh - 122px); min-height: 560px; }
  h2 { font-size: 1.05rem; margin: 0 0 0.35rem; }
  form { display: flex; flex-wrap: wrap; gap: 0.35rem 1rem; align-items: flex-end; font-size: 0.85rem; padding: 0.35rem 0.5rem; border: 1px solid #ccc; border-radius: 4px; background: #fafafa; }
  .field { display: flex; flex-direction: column; gap: 0.1rem; }
  .label { font-weight: 600; }
  fieldset { border: 0; margin: 0; padding: 0; }
  legend { font-weight: 600; padding: 0; }
  fieldset.direction label { display: block; }
  .summary .total { font-weight: 600; }
  .hint { font-size: 0.8rem; color: #333; margin: 0 0 0.3rem; }
  .tables { overflow: auto; min-height: 0; border: 1px solid #ccc; border-radius: 4px; padding: 0 0.5rem 0.5rem; }
  .alert { border: 1px solid #b00020; background: #fdecee; color: #6d0014; padding: 0.5rem 0.7rem; border-radius: 4px; margin: 0.4rem 0; }
  .note { font-size: 0.82rem; color: #4a1f00; background: #fff1e6; border-left: 4px solid #d55e00; padding: 0.2rem 0.5rem; margin: 0 0 0.4rem; }
`;

/**
 * The page views (appraisal, duplication, import): a block in the page's text colour under a large
 * title, section titles, an introduction under the title, and buttons that read as links.
 */
export const pageViewStyles = css`
  :host { display: block; color: #111; }
  h2 { font-size: 1.25rem; margin: 0.2rem 0 0.4rem; }
  h3 { font-size: 1.05rem; margin: 0.3rem 0; }
  .intro { margin: 0 0 0.6rem; max-width: 75rem; color: #333; }
  .linkish { background: none; border: none; color: #0b4f8a; text-decoration: underline; cursor: pointer; padding: 0; }
`;
