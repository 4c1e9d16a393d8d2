import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { authConfig, beginOidcSignIn, session, signIn, signOut, SESSION_EVENT, type OidcSettings, type Session } from '../api/session.js';
import { LanguageController, t } from '../i18n/i18n.js';
import '../kb-error/kb-error.js';

/** Fired (on window) by any view that needs the user to sign in: the header opens its form. */
export const SIGN_IN_REQUEST = 'kb-sign-in-request';

export function requestSignIn() {
  globalThis.dispatchEvent(new CustomEvent(SIGN_IN_REQUEST));
}

/**
 * `<kb-session>`: the header's sign-in. Signed in: "Đã đăng nhập: name (role)" and a sign-out
 * button. Not signed in: a button opening a small form — paste an access token once (kept for the
 * browser session, shared with other tabs: api/session.ts), or, when the server names an identity
 * provider, sign in through it (authorization code + PKCE).
 */
@customElement('kb-session')
export class KbSession extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      font-size: 0.9rem;
    }
    .who {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
    }
    button {
      font: inherit;
      padding: 0.3rem 0.7rem;
      cursor: pointer;
    }
    .panel {
      position: absolute;
      right: 0;
      top: calc(100% + 4px);
      z-index: 30;
      background: #fff;
      border: 1px solid #555;
      border-radius: 4px;
      padding: 0.75rem;
      width: min(24rem, calc(100vw - 2rem));
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
      display: grid;
      gap: 0.5rem;
    }
    label {
      font-weight: 500;
    }
    input {
      font: inherit;
      padding: 0.3rem 0.4rem;
      border: 1px solid #555;
      border-radius: 3px;
      width: 100%;
      box-sizing: border-box;
    }
    .hint {
      margin: 0;
      font-size: 0.8rem;
      color: #333;
    }
    .or {
      text-align: center;
      margin: 0;
      font-size: 0.8rem;
      color: #333;
    }
    .primary {
      background: #0b4f8a;
      color: #fff;
      border: 1px solid #0b4f8a;
      border-radius: 4px;
    }
    .name {
      font-weight: 500;
    }
  `;

  @state() private current: Session | null = session();
  @state() private open = false;
  @state() private busy = false;
  @state() private error: unknown = null;
  @state() private oidc: OidcSettings | null = null;
  private tokenText = '';
  readonly i18n = new LanguageController(this);
  private readonly onSession = () => {
    this.current = session();
    if (this.current) this.open = false;
  };
  private readonly onRequest = () => {
    this.open = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#session-token')?.focus());
  };

  override connectedCallback() {
    super.connectedCallback();
    globalThis.addEventListener(SESSION_EVENT, this.onSession);
    globalThis.addEventListener(SIGN_IN_REQUEST, this.onRequest);
    void authConfig().then((c) => (this.oidc = c.oidc));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    globalThis.removeEventListener(SESSION_EVENT, this.onSession);
    globalThis.removeEventListener(SIGN_IN_REQUEST, this.onRequest);
  }

  /** An error to show (e.g. a failed return from the identity provider). */
  showError(e: unknown) {
    this.error = e;
    this.open = true;
  }

  override render() {
    if (this.current) {
      return html`<div class="who">
        <span class="name" data-role=${this.current.role}>${t('session.signedInAs', { name: this.current.name, role: t(`role.${this.current.role}`) })}</span>
        <button type="button" @click=${() => signOut()}>${t('session.signOut')}</button>
      </div>`;
    }
    return html`<div class="who">
        <button
          type="button"
          class="primary"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="session-panel"
          @click=${() => (this.open ? (this.open = false) : this.onRequest())}
        >
          ${t('session.signIn')}
        </button>
      </div>
      ${
        this.open
          ? html`<form
              id="session-panel"
              class="panel"
              role="dialog"
              aria-label=${t('session.dialog')}
              @submit=${this.submit}
              @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.open = false)}
            >
              ${this.error ? html`<kb-error .error=${this.error}></kb-error>` : nothing}
              ${
                this.oidc
                  ? html`<button type="button" class="primary" data-idp @click=${() => void beginOidcSignIn(this.oidc!)}>${t('session.idp')}</button>
                      <p class="or">${t('session.or')}</p>`
                  : nothing
              }
              <label for="session-token">${t('session.token')}</label>
              <input
                id="session-token"
                type="password"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="session-hint"
                @input=${(e: Event) => (this.tokenText = (e.target as HTMLInputElement).value)}
              />
              <p class="hint" id="session-hint">${t('session.tokenHint')}</p>
              <button type="submit" ?disabled=${this.busy}>${this.busy ? t('session.checking') : t('session.submit')}</button>
            </form>`
          : nothing
      }`;
  }

  private async submit(e: Event) {
    e.preventDefault();
    this.busy = true;
    this.error = null;
    try {
      await signIn(this.tokenText);
      this.tokenText = '';
    } catch (err) {
      this.error = err;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-session': KbSession;
  }
}
