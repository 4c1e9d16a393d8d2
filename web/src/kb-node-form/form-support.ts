/** The styles of the node and relationship forms (fields, problems, the provenance fieldset). */
import { css } from 'lit';

export const formStyles = css`
  :host { display: block; }
  form { display: grid; gap: 0.6rem; max-width: 84rem; }
  /* min-width: 0 down the tree, so on a phone fields shrink to the screen instead of widening the page. */
  fieldset { border: 1px solid #bbb; border-radius: 4px; padding: 0.5rem 0.75rem 0.75rem; margin: 0; display: grid; gap: 0.5rem; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr)); gap: 0.5rem 1rem; }
  .field { display: flex; flex-direction: column; gap: 0.15rem; min-width: 0; }
  label { font-size: 0.9rem; font-weight: 500; }
  .req { color: #8a0010; }
  input, select, textarea, button { font: inherit; }
  input, select, textarea { padding: 0.3rem 0.4rem; border: 1px solid #555; border-radius: 3px; background: #fff; color: #111; max-width: 100%; min-width: 0; box-sizing: border-box; }
  input[aria-invalid='true'], select[aria-invalid='true'], textarea[aria-invalid='true'] { border: 2px solid #b00020; }
  textarea { resize: vertical; }
  input:disabled, select:disabled, input[readonly] { background: #eeeeee; color: #333; }
  .hint { margin: 0; font-size: 0.8rem; color: #333; }
  .field-error { margin: 0; font-size: 0.85rem; color: #8a0010; font-weight: 500; }
  .field-error::before { content: '⚠ '; }
  .cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0.75rem; align-items: start; }
  .col { display: grid; gap: 0.6rem; }
  @media (max-width: 1000px) { .cols { grid-template-columns: minmax(0, 1fr); } }
  .source-row { border-left: 3px solid #999; padding-left: 0.5rem; display: grid; gap: 0.35rem; justify-items: stretch; }
  .source-row > button { justify-self: start; }
  .source-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr)); gap: 0.5rem; }
  .sources { display: grid; gap: 0.5rem; justify-items: start; }
  .sources > .source-row { justify-self: stretch; }
  .sources-title { margin: 0; font-weight: 500; font-size: 0.9rem; }
  .summary { border: 1px solid #b00020; background: #fdecee; color: #7a0016; padding: 0.5rem 0.75rem; border-radius: 4px; }
  .summary p { margin: 0 0 0.25rem; font-weight: 600; }
  .summary ul { margin: 0; padding-left: 1.25rem; }
  .actions { display: flex; gap: 0.5rem; align-items: center; }
  button { padding: 0.35rem 0.9rem; border-radius: 4px; border: 1px solid #0b4f8a; background: #0b4f8a; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #0b4f8a; }
  button[disabled] { opacity: 0.6; cursor: progress; }
  code { font-size: 0.85em; }
`;
