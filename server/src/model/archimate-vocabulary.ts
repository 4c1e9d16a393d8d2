/**
 * The ArchiMate 3.1 vocabulary as The Open Group's exchange format declares it
 * (archimate3_Model.xsd: ElementTypeEnum, RelationshipTypeEnum, AccessTypeEnum). Part of the
 * model: model.ts restricts its ArchiMate properties to these values, and the exchange format's
 * reader and writer (interop/archimate/) map akb's kinds onto them.
 */

export const ARCHIMATE_ELEMENT_TYPES = [
  // Business
  'BusinessActor',
  'BusinessRole',
  'BusinessCollaboration',
  'BusinessInterface',
  'BusinessProcess',
  'BusinessFunction',
  'BusinessInteraction',
  'BusinessEvent',
  'BusinessService',
  'BusinessObject',
  'Contract',
  'Representation',
  'Product',
  // Application
  'ApplicationComponent',
  'ApplicationCollaboration',
  'ApplicationInterface',
  'ApplicationFunction',
  'ApplicationInteraction',
  'ApplicationProcess',
  'ApplicationEvent',
  'ApplicationService',
  'DataObject',
  // Technology and physical
  'Node',
  'Device',
  'SystemSoftware',
  'TechnologyCollaboration',
  'TechnologyInterface',
  'Path',
  'CommunicationNetwork',
  'TechnologyFunction',
  'TechnologyProcess',
  'TechnologyInteraction',
  'TechnologyEvent',
  'TechnologyService',
  'Artifact',
  'Equipment',
  'Facility',
  'DistributionNetwork',
  'Material',
  // Motivation
  'Stakeholder',
  'Driver',
  'Assessment',
  'Goal',
  'Outcome',
  'Principle',
  'Requirement',
  'Constraint',
  'Meaning',
  'Value',
  // Strategy
  'Resource',
  'Capability',
  'CourseOfAction',
  'ValueStream',
  // Implementation and migration
  'WorkPackage',
  'Deliverable',
  'ImplementationEvent',
  'Plateau',
  'Gap',
  // Composites and relationship connectors
  'Grouping',
  'Location',
  'AndJunction',
  'OrJunction',
] as const;
export type ArchimateElementType = (typeof ARCHIMATE_ELEMENT_TYPES)[number];

export const ARCHIMATE_RELATIONSHIP_TYPES = [
  'Composition',
  'Aggregation',
  'Assignment',
  'Realization',
  'Serving',
  'Access',
  'Influence',
  'Triggering',
  'Flow',
  'Specialization',
  'Association',
] as const;
export type ArchimateRelationshipType = (typeof ARCHIMATE_RELATIONSHIP_TYPES)[number];

/** Values of `accessType` on an Access relationship; absent means "Access" (unspecified). */
export const ARCHIMATE_ACCESS_TYPES = ['Access', 'Read', 'Write', 'ReadWrite'] as const;
