// Cytoscape extensions without their own types.
declare module 'cytoscape-fcose' {
  const ext: (cy: unknown) => void;
  export default ext;
}
declare module 'cytoscape-svg' {
  const ext: (cy: unknown) => void;
  export default ext;
}
