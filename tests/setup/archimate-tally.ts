/**
 * How the importer accounts for fixtures/interop/archimate/qng-junctions.xml: every element and
 * relationship, once. Apart from archimate.ts (which reads the files from disk) so that tests in a
 * browser-like environment can use it too.
 */
export const JUNCTIONS_TALLY = {
  elements: 17,
  elementsAsNodes: 17,
  elementsNotImported: 0,
  relationships: 22,
  relationshipsAsRelationships: 17,
  relationshipsFolded: 2,
  relationshipsNotImported: 3,
};
