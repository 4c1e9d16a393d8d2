/**
 * The node shapes of graph/style.ts as SVG path data in a square of side `s` at (x, y), so a legend
 * (on screen, in an SVG export, on a PNG export's canvas through Path2D) shows the shape the graph
 * draws. Pure.
 */
const poly = (pts: [number, number][], x: number, y: number, s: number) =>
  `M${pts.map(([px, py]) => `${(x + px * s).toFixed(1)},${(y + py * s).toFixed(1)}`).join('L')}Z`;

export function shapePath(shape: string, x: number, y: number, s: number): string {
  switch (shape) {
    case 'ellipse': {
      const r = s / 2;
      return `M${x},${y + r}a${r},${r} 0 1,0 ${s},0a${r},${r} 0 1,0 ${-s},0Z`;
    }
    case 'round-rectangle':
    case 'barrel': {
      const r = s * 0.22;
      return `M${x + r},${y}H${x + s - r}Q${x + s},${y} ${x + s},${y + r}V${y + s - r}Q${x + s},${y + s} ${x + s - r},${y + s}H${x + r}Q${x},${y + s} ${x},${y + s - r}V${y + r}Q${x},${y} ${x + r},${y}Z`;
    }
    case 'diamond':
      return poly(
        [
          [0.5, 0],
          [1, 0.5],
          [0.5, 1],
          [0, 0.5],
        ],
        x,
        y,
        s,
      );
    case 'triangle':
      return poly(
        [
          [0.5, 0],
          [1, 1],
          [0, 1],
        ],
        x,
        y,
        s,
      );
    case 'vee':
      return poly(
        [
          [0, 0],
          [0.5, 0.35],
          [1, 0],
          [0.5, 1],
        ],
        x,
        y,
        s,
      );
    case 'rhomboid':
      return poly(
        [
          [0.25, 0],
          [1, 0],
          [0.75, 1],
          [0, 1],
        ],
        x,
        y,
        s,
      );
    case 'hexagon':
      return poly(
        [
          [0.25, 0],
          [0.75, 0],
          [1, 0.5],
          [0.75, 1],
          [0.25, 1],
          [0, 0.5],
        ],
        x,
        y,
        s,
      );
    case 'octagon':
      return poly(
        [
          [0.3, 0],
          [0.7, 0],
          [1, 0.3],
          [1, 0.7],
          [0.7, 1],
          [0.3, 1],
          [0, 0.7],
          [0, 0.3],
        ],
        x,
        y,
        s,
      );
    case 'pentagon':
      return poly(
        [
          [0.5, 0],
          [1, 0.38],
          [0.81, 1],
          [0.19, 1],
          [0, 0.38],
        ],
        x,
        y,
        s,
      );
    case 'star':
      return poly(
        [
          [0.5, 0],
          [0.62, 0.35],
          [1, 0.38],
          [0.7, 0.6],
          [0.8, 1],
          [0.5, 0.78],
          [0.2, 1],
          [0.3, 0.6],
          [0, 0.38],
          [0.38, 0.35],
        ],
        x,
        y,
        s,
      );
    case 'tag':
      return poly(
        [
          [0, 0],
          [0.7, 0],
          [1, 0.5],
          [0.7, 1],
          [0, 1],
        ],
        x,
        y,
        s,
      );
    case 'cut-rectangle':
      return poly(
        [
          [0.2, 0],
          [0.8, 0],
          [1, 0.2],
          [1, 0.8],
          [0.8, 1],
          [0.2, 1],
          [0, 0.8],
          [0, 0.2],
        ],
        x,
        y,
        s,
      );
    default:
      return poly(
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
        x,
        y,
        s,
      );
  }
}

/** SVG dash pattern of a border or line style. */
export function dashArray(style: string | undefined): string | null {
  if (style === 'dashed') return '5 3';
  if (style === 'dotted') return '1.5 2.5';
  return null;
}
