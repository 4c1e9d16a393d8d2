import { ARCHITECTURE_STYLES } from './architecture.js';

/**
 * How each kind is drawn: a colour from the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies) always paired with a shape, so print in grey and colour-blind readers
 * still tell kinds apart. Only shapes cytoscape-svg can draw (no round-* polygons), so SVG exports are whole. Provenance shows as the border: solid stated, dashed inferred, dotted example.
 */
export const KIND_STYLE: Record<string, { color: string; shape: string }> = {
  Component: { color: '#0072B2', shape: 'round-rectangle' },
  NationalDatabase: { color: '#D55E00', shape: 'barrel' },
  ComponentGroup: { color: '#56B4E9', shape: 'octagon' },
  Agency: { color: '#009E73', shape: 'ellipse' },
  AgencyGroup: { color: '#009E73', shape: 'hexagon' },
  DataDomain: { color: '#CC79A7', shape: 'diamond' },
  SharedService: { color: '#E69F00', shape: 'triangle' },
  Network: { color: '#999999', shape: 'rhomboid' },
  ArchitectureLayer: { color: '#BBBBBB', shape: 'rectangle' },
  Architecture: { color: '#000000', shape: 'star' },
  Plan: { color: '#444444', shape: 'tag' },
  LegalDocument: { color: '#777777', shape: 'cut-rectangle' },
  Task: { color: '#F0E442', shape: 'pentagon' },
  Indicator: { color: '#F0E442', shape: 'vee' },
  AppraisalRule: { color: '#882255', shape: 'octagon' },
  Proposal: { color: '#AA3377', shape: 'star' },
};

export function graphStylesheet(): unknown[] {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        color: '#111',
        width: 26,
        height: 26,
        'background-color': '#0072B2',
        'border-width': 2,
        'border-color': '#222',
      },
    },
    ...Object.entries(KIND_STYLE).map(([kind, s]) => ({ selector: `node.${kind}`, style: { 'background-color': s.color, shape: s.shape } })),
    { selector: 'node.inferred', style: { 'border-style': 'dashed' } },
    { selector: 'node.example', style: { 'border-style': 'dotted', 'border-width': 3 } },
    { selector: 'node.root', style: { width: 40, height: 40, 'border-width': 4, 'font-weight': 'bold' } },
    { selector: 'node.subject', style: { 'border-width': 4, 'border-color': '#AA3377' } },
    { selector: 'node.exposure-GROUP', style: { 'background-opacity': 0.6 } },
    { selector: 'node.exposure-LAYER', style: { 'background-opacity': 0.35 } },
    {
      selector: 'edge',
      style: { width: 1.5, 'line-color': '#666', 'target-arrow-color': '#666', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.8 },
    },
    {
      selector: 'edge.labelled',
      style: {
        label: 'data(label)',
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.8,
        color: '#333',
      },
    },
    { selector: 'edge.inferred', style: { 'line-style': 'dashed' } },
    { selector: 'edge.example', style: { 'line-style': 'dotted' } },
    { selector: 'edge.recommendation', style: { 'line-color': '#009E73', 'target-arrow-color': '#009E73', 'line-style': 'dashed', width: 3 } },
    { selector: 'edge.highlight', style: { 'line-color': '#D55E00', 'target-arrow-color': '#D55E00', width: 4, 'z-index': 10 } },
    { selector: 'node.highlight', style: { 'border-color': '#D55E00', 'border-width': 4, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: 'node:selected', style: { 'border-color': '#D55E00', 'border-width': 5 } },
    // Landscape boxes: border in the kind's colour (before the diff colours, which win).
    ...Object.entries(KIND_STYLE).map(([kind, s]) => ({ selector: `node.landscape-box.${kind}`, style: { 'border-color': s.color } })),
    // Bands, frames, boxes and diff markings of the architecture landscape (graph/architecture.ts).
    ...ARCHITECTURE_STYLES,
    // Capped neighbourhoods: "+N" summaries (graph/cap.ts).
    {
      selector: 'node.summary',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 24,
        'background-color': '#ffffff',
        'border-color': '#555555',
        'border-width': 1.5,
        'border-style': 'dashed',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-weight': 'bold',
        color: '#111111',
      },
    },
    { selector: 'edge.summary', style: { 'line-style': 'dashed', 'line-color': '#999999', 'target-arrow-shape': 'none' } },
    // Edges on demand (landscape): shown for the hovered or selected node, or all when asked.
    { selector: 'edge.on-demand', style: { display: 'none' } },
    { selector: 'edge.on-demand.shown', style: { display: 'element' } },
    // Labels that would overlap a more important one are hidden, and shown on hover or selection.
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
    {
      selector: 'node.label-hidden.hover, node.label-hidden.highlight, node.label-hidden:selected',
      style: { 'text-opacity': 1, 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'z-index': 20 },
    },
    { selector: 'node.hover', style: { 'border-color': '#D55E00' } },
  ];
}
