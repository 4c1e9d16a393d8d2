/**
 * The walk's controls — direction, depth, strictness — shared by the impact view and the national
 * view, so both ask the same question the same way.
 */
import { html } from 'lit';
import { MAX_DEPTH, STRICTNESS, type ImpactState, type Strictness } from '../graph/impact-model.js';
import { t } from '../i18n/i18n.js';

export const STRICTNESS_LABEL: Record<Strictness, 'impact.strict.stated' | 'impact.strict.inferred' | 'impact.strict.example'> = {
  stated: 'impact.strict.stated',
  'stated,inferred': 'impact.strict.inferred',
  'stated,inferred,example': 'impact.strict.example',
};

type WalkState = Pick<ImpactState, 'direction' | 'depth' | 'strictness'>;

export function walkControls(s: WalkState, change: (patch: Partial<WalkState>) => void) {
  return html`<fieldset class="direction">
      <legend>${t('impact.direction')}</legend>
      ${(['DEPENDENTS', 'DEPENDENCIES'] as const).map(
        (d) =>
          html`<label><input type="radio" name="direction" value=${d} .checked=${s.direction === d} @change=${() => change({ direction: d })} /> ${t(`impact.direction.${d}`)}</label>`,
      )}
    </fieldset>
    <label class="field"
      ><span class="label">${t('impact.depth')}</span>
      <select name="depth" @change=${(e: Event) => change({ depth: Number((e.target as HTMLSelectElement).value) })}>
        ${Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((d) => html`<option value=${d} ?selected=${d === s.depth}>${d}</option>`)}
      </select></label
    >
    <label class="field"
      ><span class="label">${t('impact.strictness')}</span>
      <select name="provenance" @change=${(e: Event) => change({ strictness: (e.target as HTMLSelectElement).value as Strictness })}>
        ${STRICTNESS.map((v) => html`<option value=${v} ?selected=${v === s.strictness}>${t(STRICTNESS_LABEL[v])}</option>`)}
      </select></label
    >`;
}
