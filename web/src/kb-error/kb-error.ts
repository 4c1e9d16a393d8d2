import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ApiError } from '../api/client.js';
import { DICTIONARY, type LabelKey } from '../i18n/dictionary.js';
import { LanguageController, t } from '../i18n/i18n.js';

/**
 * An error in the UI's language: what happened and what to do next, from the dictionary by the
 * server's `extensions.code` (the server's own message, English, stays under "technical details").
 */
export function errorWords(e: unknown): { what: string; next: string; code: string; detail: string } {
  const err =
    e instanceof ApiError
      ? e
      : new ApiError(
          String((e as Error)?.message ?? e),
          /dynamically imported module|Importing a module script/i.test(String((e as Error)?.message)) ? 'CHUNK' : 'INTERNAL',
        );
  const key = `error.${err.code}`;
  const known = key in DICTIONARY;
  return {
    what: known ? t(key as LabelKey) : t('error.other', { code: err.code }),
    next: known ? t(`${key}.next` as LabelKey) : t('error.other.next'),
    code: err.code,
    detail: err.message,
  };
}

/**
 * `<kb-error>`: an error box (role="alert") saying what happened and what to do next, with a
 * retry button when `retry` is given and the server's text folded under "technical details".
 *
 * @property error - the error (an ApiError, or any Error).
 * @property retry - called by the retry button; none: no button.
 */
@customElement('kb-error')
export class KbError extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    div {
      border: 1px solid #b00020;
      background: #fdecee;
      color: #5c0011;
      padding: 0.5rem 0.75rem;
      border-radius: 4px;
      margin: 0.5rem 0;
    }
    p {
      margin: 0 0 0.25rem;
    }
    .what {
      font-weight: 600;
    }
    details {
      font-size: 0.8rem;
      margin-top: 0.25rem;
    }
    button {
      font: inherit;
      margin-top: 0.25rem;
    }
  `;

  @property({ attribute: false }) error: unknown = null;
  @property({ attribute: false }) retry: (() => void) | null = null;
  readonly i18n = new LanguageController(this);

  override render() {
    if (!this.error) return nothing;
    const w = errorWords(this.error);
    return html`<div role="alert" data-code=${w.code}>
      <p class="what">${w.what}</p>
      <p class="next">${w.next}</p>
      ${this.retry ? html`<button type="button" @click=${() => this.retry?.()}>${t('common.retry')}</button>` : nothing}
      <details>
        <summary>${t('error.details')}</summary>
        <code>${w.code}</code>: ${w.detail}
      </details>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-error': KbError;
  }
}
