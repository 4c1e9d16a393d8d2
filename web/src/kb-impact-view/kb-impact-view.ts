import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LanguageController, t } from '../i18n/i18n.js';

/**
 * `<kb-impact-view>`: placeholder until the view is built.
 *
 * @property params - the route parameters (state/url.ts).
 */
@customElement('kb-impact-view')
export class KbImpactView extends LitElement {
  @property({ attribute: false }) params: Record<string, string> = {};
  readonly i18n = new LanguageController(this);

  override render() {
    return html`<p>${t('common.loading')}</p>`;
  }
}
