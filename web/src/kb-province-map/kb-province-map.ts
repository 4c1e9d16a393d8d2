import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ProvinceCount } from '../api/queries.js';
import { provinceMap, ZERO_COLOUR, type MapTile, type ProvinceMap } from '../graph/national.js';
import { LanguageController, t } from '../i18n/i18n.js';

/** Tile size and spacing (SVG units = pixels at the natural size). */
export const TILE = { w: 72, h: 33, gap: 3, pad: 6 } as const;

/**
 * `<kb-province-map>`: the 34 provinces of the 2025 reorganisation as a tile map (one square per
 * province, placed from its centre's coordinates; graph/vn-provinces.ts says why tiles), each
 * coloured by its count on a legend with the scale's ranges and writing the count, so the picture
 * reads without colour too. Hoàng Sa and Trường Sa are marked with the provinces they belong to.
 * Tiles are buttons (Enter or Space); `names` lists the province names of the data a tile stands for
 * (an old name lands on the unit it merged into).
 *
 * @property byProvince - counts by province name (`null`: of no province).
 * @property unit - what is counted ("nút bị ảnh hưởng"), for labels.
 * @fires kb-province-select - `{ province, names }` when a tile is chosen.
 * @method svgText - the map as standalone SVG text (exports).
 */
@customElement('kb-province-map')
export class KbProvinceMap extends LitElement {
  static override styles = css`
    :host { display: block; overflow: auto; }
    /* The whole country in view: the map shrinks a little rather than scroll when the panel is short. */
    svg { display: block; font-family: system-ui, 'Segoe UI', Roboto, sans-serif; max-width: 100%; max-height: 100%; width: auto; height: auto; }
    g.tile { cursor: pointer; }
    g.tile:focus { outline: none; }
    g.tile:focus rect.box, g.tile:hover rect.box { stroke: #111; stroke-width: 3; }
    g.tile.empty { cursor: default; }
  `;

  @property({ attribute: false }) byProvince: ProvinceCount[] = [];
  @property() unit = '';

  private cached: { key: ProvinceCount[]; map: ProvinceMap } | null = null;
  readonly i18n = new LanguageController(this);

  /** The map's model (tests read it). */
  get model(): ProvinceMap {
    if (this.cached?.key !== this.byProvince) this.cached = { key: this.byProvince, map: provinceMap(this.byProvince) };
    return this.cached.map;
  }

  private choose(tile: MapTile) {
    this.dispatchEvent(
      new CustomEvent('kb-province-select', {
        detail: { province: tile.province.name, names: tile.names.length ? tile.names : [tile.province.name] },
        bubbles: true,
        composed: true,
      }),
    );
  }

  override render() {
    const m = this.model;
    return html`${this.renderSvg(m)}`;
  }

  private renderSvg(m: ProvinceMap) {
    const width = TILE.pad * 2 + (m.cols + 1.3) * (TILE.w + TILE.gap);
    const height = TILE.pad * 2 + m.rows * (TILE.h + TILE.gap);
    const scale = m.scale;
    const x = (col: number) => TILE.pad + col * (TILE.w + TILE.gap);
    const y = (row: number) => TILE.pad + row * (TILE.h + TILE.gap);
    const daNang = m.tiles.find((tl) => tl.province.name === 'Đà Nẵng');
    const khanhHoa = m.tiles.find((tl) => tl.province.name === 'Khánh Hòa');
    // The legend goes where the map has sea or land of no tile: below the north-west, left of the coast.
    const legend = this.legendSpot(m);
    const note = t('map.note');
    return html`<svg xmlns="http://www.w3.org/2000/svg" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group" aria-label=${t('map.label', { n: m.tiles.length })}>
      <rect width=${width} height=${height} fill="#ffffff"></rect>
      ${m.tiles.map((tile) => this.renderTile(tile, x(tile.col), y(tile.row)))}
      ${daNang ? this.island(t('map.hoangSa'), x(daNang.col + 1.15), y(daNang.row) + 2) : nothing}
      ${khanhHoa ? this.island(t('map.truongSa'), x(khanhHoa.col + 0.9), y(khanhHoa.row + 1.3)) : nothing}
      <g class="legend" transform="translate(${x(legend.col)}, ${y(legend.row) + 4})">
        <text x="0" y="12" font-size="12" font-weight="bold" fill="#111">${t('map.legend', { unit: this.unit })}</text>
        <rect x="0" y="20" width="26" height="15" fill=${ZERO_COLOUR} stroke="#555"></rect>
        <text x="32" y="32" font-size="12" fill="#111">0</text>
        ${scale.map(
          (s, i) => svg`<rect x="0" y=${38 + i * 18} width="26" height="15" fill=${s.color} stroke="#555"></rect>
            <text x="32" y=${50 + i * 18} font-size="12" fill="#111">${s.from === s.to ? s.from : `${s.from}–${s.to}`}</text>`,
        )}
        ${this.wrap(note, 34).map((line, i) => svg`<text x="0" y=${50 + scale.length * 18 + 14 + i * 14} font-size="11" fill="#333">${line}</text>`)}
      </g>
    </svg>`;
  }

  /** The top-left cell of the largest free block 4 columns wide in the west half (for the legend). */
  private legendSpot(m: ProvinceMap): { row: number; col: number } {
    const used = new Set(m.tiles.map((tl) => `${tl.row},${tl.col}`));
    let best = { row: 0, col: 0, size: -1 };
    for (let col = 0; col + 3 < Math.max(4, m.cols / 2 + 1); col++)
      for (let row = 0; row < m.rows; row++) {
        let size = 0;
        while (row + size < m.rows && [0, 1, 2, 3].every((d) => !used.has(`${row + size},${col + d}`))) size++;
        if (size > best.size) best = { row, col, size };
      }
    return { row: best.row, col: best.col };
  }

  private wrap(text: string, chars: number): string[] {
    const out: string[] = [];
    let line = '';
    for (const w of text.split(' ')) {
      if (line && (line + ' ' + w).length > chars) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) out.push(line);
    return out;
  }

  private island(label: string, x: number, y: number) {
    const lines = label.split('\n');
    return svg`<g class="island" aria-hidden="true">
      <rect x=${x} y=${y} width=${TILE.w + 8} height=${14 + lines.length * 13} rx="6" fill="#ffffff" stroke="#888" stroke-dasharray="3 2"></rect>
      ${lines.map((l, i) => svg`<text x=${x + 6} y=${y + 14 + i * 13} font-size="11" fill="#333">${l}</text>`)}
    </g>`;
  }

  private renderTile(tile: MapTile, x: number, y: number) {
    const lines = tile.province.short.filter(Boolean) as string[];
    const label =
      t('map.tile', { province: tile.province.name, count: tile.count, unit: this.unit }) +
      (tile.names.some((n) => n !== tile.province.name) ? ` (${tile.names.join(', ')})` : '');
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.choose(tile);
      }
    };
    return svg`<g class="tile ${tile.count ? '' : 'empty'}" data-province=${tile.province.name} data-count=${tile.count} role="button" tabindex="0" aria-label=${label}
        @click=${() => this.choose(tile)} @keydown=${key}>
      <title>${label}</title>
      <rect class="box" x=${x} y=${y} width=${TILE.w} height=${TILE.h} rx="4" fill=${tile.color} stroke=${tile.province.city ? '#333' : '#777'} stroke-width=${tile.province.city ? 2 : 1}></rect>
      <text font-size="11" fill=${tile.textColor}>${lines.map((l, i) => svg`<tspan x=${x + 4} y=${y + 12 + i * 12}>${i < lines.length - 1 ? `${l} ` : l}</tspan>`)}</text>
      <text aria-hidden="true" x=${x + TILE.w - 4} y=${lines.length > 1 ? y + 12 : y + TILE.h - 4} font-size="11.5" font-weight="bold" text-anchor="end" fill=${tile.textColor}>${tile.count}</text>
    </g>`;
  }

  /** The drawn map as standalone SVG text. */
  svgText(): string {
    const el = this.renderRoot.querySelector('svg');
    if (!el) throw new Error('nothing drawn');
    const clone = el.cloneNode(true) as SVGSVGElement;
    // Lit's comment markers are not part of the picture.
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.parentNode?.removeChild(c);
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return new XMLSerializer().serializeToString(clone);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-province-map': KbProvinceMap;
  }
}
