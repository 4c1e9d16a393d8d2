import { ARCHITECTURE_STYLES } from './architecture.js';
import { NATIONAL_STYLES } from './national.js';

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
    { selector: 'edge.labelled', style: { label: 'data(type)', 'font-size': 9, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8, color: '#333' } },
    { selector: 'edge.inferred', style: { 'line-style': 'dashed' } },
    { selector: 'edge.example', style: { 'line-style': 'dotted' } },
    { selector: 'edge.recommendation', style: { 'line-color': '#009E73', 'target-arrow-color': '#009E73', 'line-style': 'dashed', width: 3 } },
    { selector: 'edge.highlight', style: { 'line-color': '#D55E00', 'target-arrow-color': '#D55E00', width: 4, 'z-index': 10 } },
    { selector: 'node.highlight', style: { 'border-color': '#D55E00', 'border-width': 4, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: 'node:selected', style: { 'border-color': '#D55E00', 'border-width': 5 } },
    // Bands and diff markings of the architecture drawing (graph/architecture.ts).
    ...ARCHITECTURE_STYLES,
    // Provinces of the national view, sized and coloured by count (graph/national.ts).
    ...NATIONAL_STYLES,
  ];
}
