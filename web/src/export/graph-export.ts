/**
 * A drawing as a document: a title, the parameters it was drawn with (root, direction, depth,
 * version, date…) above it and its legend below, in the SVG and the PNG exports alike. The SVG is
 * composed as text (pure, tested headless); the PNG is drawn on a canvas from the graph's own PNG.
 */
import type { LegendEntry } from '../graph/legend.js';
import { dashArray, shapePath } from '../graph/shapes.js';

export interface ExportMeta {
  title: string;
  /** One line each: "Gốc: CSDL quốc gia về Dân cư", "Độ sâu: 3"… */
  parameters: string[];
}

const FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const PAD = 16;
const TITLE = 18;
const LINE = 16;
const SW = 14;

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rough text width at 12 px (no DOM): enough to wrap the legend. */
const textWidth = (s: string, px = 12) => [...s].reduce((w, c) => w + (/[A-ZĐÂÊÔƠƯ0-9]/.test(c) ? 0.66 : c === ' ' ? 0.3 : 0.53), 0) * px;

interface Placed {
  entry: LegendEntry;
  x: number;
  y: number;
}

/** Legend entries flowed in rows `width` wide; returns their positions and the block's height. */
export function layoutLegend(entries: LegendEntry[], width: number, measure: (s: string) => number = textWidth): { placed: Placed[]; height: number } {
  const placed: Placed[] = [];
  let x = 0;
  let y = LINE + 4;
  for (const entry of entries) {
    const w = SW + 6 + (entry.marker ? measure(entry.marker) + 4 : 0) + measure(entry.label) + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += LINE + 4;
    }
    placed.push({ entry, x, y });
    x += w;
  }
  return { placed, height: entries.length ? y + 6 : 0 };
}

function swatchSvg(e: LegendEntry, x: number, y: number): string {
  if (e.line) {
    const dash = dashArray(e.line.style);
    return `<line x1="${x}" y1="${y + SW / 2}" x2="${x + SW + 4}" y2="${y + SW / 2}" stroke="${e.line.color}" stroke-width="${e.line.width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  }
  if (e.swatch) {
    const s = e.swatch;
    const dash = dashArray(s.border === 'double' ? 'solid' : s.border);
    return `<path d="${shapePath(s.shape, x + 1, y + 1, SW - 2)}" fill="${s.fill}" fill-opacity="${s.opacity ?? 1}" stroke="${s.stroke}" stroke-width="${s.border === 'double' ? 3 : 1.5}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  }
  return '';
}

/**
 * The graph's SVG (as cytoscape-svg writes it) inside a document with the title and parameters on
 * top and the legend below.
 */
export function composeSvg(graphSvg: string, meta: ExportMeta, legend: LegendEntry[], legendTitle: string): string {
  const open = /<svg\b[^>]*>/.exec(graphSvg)?.[0] ?? '';
  const gw = Number(/\bwidth="([\d.]+)/.exec(open)?.[1] ?? 800);
  const gh = Number(/\bheight="([\d.]+)/.exec(open)?.[1] ?? 600);
  const width = Math.max(Math.ceil(gw) + 2 * PAD, 640);
  const head = PAD + TITLE + meta.parameters.length * LINE + 8;
  const { placed, height: lh } = layoutLegend(legend, width - 2 * PAD);
  const height = Math.ceil(head + gh + (lh ? lh + LINE : 0) + PAD);
  const inner = graphSvg
    .replace(/<\?xml[^>]*>\s*/, '')
    .replace(/<!DOCTYPE[^>]*>\s*/i, '')
    .replace(/<svg\b/, `<svg x="${PAD}" y="${head}"`);
  const text = (x: number, y: number, s: string, extra = '') =>
    `<text x="${x}" y="${y}" font-family="${FONT}" font-size="12" fill="#111111"${extra}>${escapeXml(s)}</text>`;
  const legendTop = head + gh + LINE;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(PAD, PAD + 14, meta.title, ' font-size="16" font-weight="bold"'),
    ...meta.parameters.map((p, i) => text(PAD, PAD + TITLE + (i + 1) * LINE - 2, p, ' fill="#333333"')),
    inner,
    ...(placed.length
      ? [
          `<g class="legend" transform="translate(${PAD},${legendTop})">`,
          text(0, 12, legendTitle, ' font-weight="bold"'),
          ...placed.map(({ entry, x, y }) => {
            const mx = x + SW + 6;
            return `${swatchSvg(entry, x, y)}${entry.marker ? text(mx, y + 11, entry.marker, ' font-weight="bold"') : ''}${text(mx + (entry.marker ? textWidth(entry.marker) + 4 : 0), y + 11, entry.label)}`;
          }),
          `</g>`,
        ]
      : []),
    `</svg>`,
  ].join('\n');
}

/** The same document as a PNG, drawn on a canvas (2× scale) from the graph's PNG. DOM only. */
export async function composePng(graphPng: Blob, meta: ExportMeta, legend: LegendEntry[], legendTitle: string, scale = 2): Promise<Blob> {
  const image = await createImageBitmap(graphPng);
  const gw = image.width / scale;
  const gh = image.height / scale;
  const width = Math.max(Math.ceil(gw) + 2 * PAD, 640);
  const head = PAD + TITLE + meta.parameters.length * LINE + 8;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  ctx.font = `12px ${FONT}`;
  const measure = (s: string) => ctx.measureText(s).width;
  const { placed, height: lh } = layoutLegend(legend, width - 2 * PAD, measure);
  const height = Math.ceil(head + gh + (lh ? lh + LINE : 0) + PAD);
  canvas.width = width * scale;
  canvas.height = height * scale;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111111';
  ctx.font = `bold 16px ${FONT}`;
  ctx.fillText(meta.title, PAD, PAD + 14);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#333333';
  meta.parameters.forEach((p, i) => ctx.fillText(p, PAD, PAD + TITLE + (i + 1) * LINE - 2));
  ctx.drawImage(image, PAD, head, gw, gh);
  const top = head + gh + LINE;
  if (placed.length) {
    ctx.fillStyle = '#111111';
    ctx.font = `bold 12px ${FONT}`;
    ctx.fillText(legendTitle, PAD, top + 12);
    ctx.font = `12px ${FONT}`;
    for (const { entry, x, y } of placed) {
      const ox = PAD + x;
      const oy = top + y;
      if (entry.line) {
        ctx.strokeStyle = entry.line.color;
        ctx.lineWidth = entry.line.width;
        ctx.setLineDash(entry.line.style === 'dashed' ? [5, 3] : entry.line.style === 'dotted' ? [1.5, 2.5] : []);
        ctx.beginPath();
        ctx.moveTo(ox, oy + SW / 2);
        ctx.lineTo(ox + SW + 4, oy + SW / 2);
        ctx.stroke();
      } else if (entry.swatch) {
        const s = entry.swatch;
        const path = new Path2D(shapePath(s.shape, ox + 1, oy + 1, SW - 2));
        ctx.globalAlpha = s.opacity ?? 1;
        ctx.fillStyle = s.fill;
        ctx.fill(path);
        ctx.globalAlpha = 1;
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = s.border === 'double' ? 3 : 1.5;
        ctx.setLineDash(s.border === 'dashed' ? [5, 3] : s.border === 'dotted' ? [1.5, 2.5] : []);
        ctx.stroke(path);
      }
      ctx.setLineDash([]);
      ctx.fillStyle = '#111111';
      let tx = ox + SW + 6;
      if (entry.marker) {
        ctx.font = `bold 12px ${FONT}`;
        ctx.fillText(entry.marker, tx, oy + 11);
        tx += measure(entry.marker) + 4;
        ctx.font = `12px ${FONT}`;
      }
      ctx.fillText(entry.label, tx, oy + 11);
    }
  }
  image.close();
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}

/** An SVG document rendered to a PNG at `scale` (for maps drawn as SVG). DOM only. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG could not be drawn'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.width * scale);
    canvas.height = Math.ceil(img.height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
