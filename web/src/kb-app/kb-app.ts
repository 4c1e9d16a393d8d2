import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';

/**
 * `<kb-app>`: the akb web client shell. For now it shows the graph's counts from GraphQL.
 */
@customElement('kb-app')
export class KbApp extends LitElement {
  static override styles = css`
    :host { display: block; font-family: system-ui, sans-serif; padding: 1rem 2rem; }
  `;

  @state() private stats: { nodes: number; relationships: number } | null = null;
  @state() private error = '';

  override connectedCallback() {
    super.connectedCallback();
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes relationships } }' }),
    })
      .then((r) => r.json())
      .then((r) => (this.stats = r.data.stats))
      .catch((e) => (this.error = String(e)));
  }

  override render() {
    return html`<h1>akb — Kiến trúc Chính quyền số</h1>
      ${this.error ? html`<p role="alert">${this.error}</p>` : ''}
      ${this.stats ? html`<p>${this.stats.nodes} nút, ${this.stats.relationships} quan hệ</p>` : html`<p>Đang tải…</p>`}`;
  }
}
