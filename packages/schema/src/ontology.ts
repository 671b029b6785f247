/**
 * The ontology: the only entity types and relation predicates the product knows.
 *
 * It doubles as the allow-list for Cypher: a label or relationship type that is
 * not listed here never reaches query text (see `isAllowedLabel` / `isAllowedPredicate`).
 */

export const ENTITY_TYPES = [
  'Person',
  'Country',
  'Government',
  'Law',
  'Court',
  'Prison',
  'CriminalOrganization',
  'Organization',
  'Group',
  'Place',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityTypeSpec {
  description: string;
  /** Plural human label, for legends. */
  plural: string;
}

export const ENTITY_TYPE_SPECS: Record<EntityType, EntityTypeSpec> = {
  Person: { description: 'A named individual.', plural: 'People' },
  Country: {
    description: 'A sovereign state or territory as a place and a polity.',
    plural: 'Countries',
  },
  Government: {
    description:
      'A government, administration, ministry, department or agency acting for a state (e.g. "the White House", "the Interior Ministry").',
    plural: 'Governments',
  },
  Law: { description: 'A statute, act, treaty, code, decree or proclamation.', plural: 'Laws' },
  Court: { description: 'A court or tribunal.', plural: 'Courts' },
  Prison: { description: 'A prison, jail or detention facility.', plural: 'Prisons' },
  CriminalOrganization: {
    description: 'A gang, cartel or other criminal group.',
    plural: 'Criminal organisations',
  },
  Organization: {
    description: 'A company, party, NGO, news agency, university or other organisation.',
    plural: 'Organisations',
  },
  Group: {
    description: 'An unnamed group of people referred to as a whole (e.g. "the deportees").',
    plural: 'Groups',
  },
  Place: {
    description: 'A city, region, facility or other location that is not a country.',
    plural: 'Places',
  },
};

const ANY: readonly EntityType[] = ENTITY_TYPES;
const ACTORS: readonly EntityType[] = [
  'Person',
  'Country',
  'Government',
  'Court',
  'CriminalOrganization',
  'Organization',
  'Group',
];
const STATES: readonly EntityType[] = ['Country', 'Government'];
const PEOPLE: readonly EntityType[] = ['Person', 'Group'];
const INSTITUTIONS: readonly EntityType[] = [
  'Country',
  'Government',
  'Court',
  'Organization',
  'CriminalOrganization',
];
const PLACES: readonly EntityType[] = ['Country', 'Place', 'Prison'];

export interface RelationTypeSpec {
  description: string;
  /** Human label for the graph, read as "<subject> <label> <object>". */
  label: string;
  subjectTypes: readonly EntityType[];
  objectTypes: readonly EntityType[];
}

/**
 * Relation predicates. Subjects and objects are typed so that a relation can be
 * checked before it is written; `RELATED_TO` is the catch-all that keeps a fact
 * whose verb has no predicate of its own (the verb lemma goes in `qualifiers.verb`).
 */
export const RELATION_TYPES = {
  // Office holding and membership
  PRESIDENT_OF: {
    description: 'Subject is (or was) the president of the object country or government.',
    label: 'president of',
    subjectTypes: ['Person'],
    objectTypes: ['Country', 'Government', 'Organization', 'Court'],
  },
  PRIME_MINISTER_OF: {
    description: 'Subject is the prime minister (or premier, chancellor) of the object.',
    label: 'prime minister of',
    subjectTypes: ['Person'],
    objectTypes: STATES,
  },
  MINISTER_OF: {
    description:
      'Subject is a minister or secretary in the object government (qualifiers.portfolio says which).',
    label: 'minister of',
    subjectTypes: ['Person'],
    objectTypes: STATES,
  },
  JUDGE_OF: {
    description: 'Subject is a judge or justice of the object court.',
    label: 'judge of',
    subjectTypes: ['Person'],
    objectTypes: ['Court'],
  },
  LEADS: {
    description: 'Subject leads or heads the object (a government, organisation, group or court).',
    label: 'leads',
    subjectTypes: ['Person', 'Group'],
    objectTypes: [
      'Government',
      'Organization',
      'CriminalOrganization',
      'Court',
      'Group',
      'Country',
      'Prison',
    ],
  },
  OFFICIAL_OF: {
    description:
      'Subject holds another office (ambassador, prosecutor, spokesperson, governor, ...) in the object; qualifiers.role names it.',
    label: 'official of',
    subjectTypes: ['Person'],
    objectTypes: INSTITUTIONS,
  },
  WORKS_FOR: {
    description: 'Subject works for or represents the object.',
    label: 'works for',
    subjectTypes: ['Person', 'Group'],
    objectTypes: INSTITUTIONS,
  },
  MEMBER_OF: {
    description: 'Subject is a member of the object organisation or group.',
    label: 'member of',
    subjectTypes: ['Person', 'Group', 'Country', 'Organization'],
    objectTypes: ['CriminalOrganization', 'Organization', 'Group', 'Government'],
  },
  GOVERNMENT_OF: {
    description: 'Subject is the government of the object country.',
    label: 'government of',
    subjectTypes: ['Government'],
    objectTypes: ['Country'],
  },
  CITIZEN_OF: {
    description: 'Subject is a national or citizen of the object country.',
    label: 'citizen of',
    subjectTypes: PEOPLE,
    objectTypes: ['Country'],
  },
  // Place
  LOCATED_IN: {
    description: 'Subject is located in the object place.',
    label: 'located in',
    subjectTypes: [
      'Place',
      'Prison',
      'Court',
      'Organization',
      'Government',
      'CriminalOrganization',
    ],
    objectTypes: PLACES,
  },
  LIVES_IN: {
    description: 'Subject lives in, or comes from, the object place.',
    label: 'lives in',
    subjectTypes: PEOPLE,
    objectTypes: PLACES,
  },
  // Detention and removal
  HELD_IN: {
    description: 'Subject is detained or imprisoned in the object.',
    label: 'held in',
    subjectTypes: PEOPLE,
    objectTypes: PLACES,
  },
  DEPORTED: {
    description: 'Subject deports or expels the object people.',
    label: 'deported',
    subjectTypes: ['Person', 'Government', 'Country'],
    objectTypes: PEOPLE,
  },
  DEPORTED_TO: {
    description: 'Subject people were deported or sent to the object place.',
    label: 'deported to',
    subjectTypes: PEOPLE,
    objectTypes: PLACES,
  },
  EXTRADITED: {
    description: 'Subject extradites or hands over the object person.',
    label: 'extradited',
    subjectTypes: ['Government', 'Country', 'Court'],
    objectTypes: PEOPLE,
  },
  EXTRADITED_TO: {
    description: 'Subject was extradited or transferred to the object.',
    label: 'extradited to',
    subjectTypes: PEOPLE,
    objectTypes: ['Country', 'Government', 'Place', 'Prison'],
  },
  TRANSFERRED_TO: {
    description: 'Subject was transferred or moved to the object facility or place.',
    label: 'transferred to',
    subjectTypes: PEOPLE,
    objectTypes: PLACES,
  },
  ARRESTED: {
    description: 'Subject arrests, detains or captures the object.',
    label: 'arrested',
    subjectTypes: ['Person', 'Government', 'Country', 'Organization'],
    objectTypes: PEOPLE,
  },
  RECEIVED: {
    description: 'Subject received or took in the object people (e.g. deportees).',
    label: 'received',
    subjectTypes: ['Country', 'Government', 'Prison', 'Person'],
    objectTypes: PEOPLE,
  },
  // Law and courts
  INVOKED: {
    description: 'Subject invoked, used or applied the object law.',
    label: 'invoked',
    subjectTypes: ['Person', 'Government', 'Country', 'Court'],
    objectTypes: ['Law'],
  },
  SIGNED: {
    description: 'Subject signed, enacted or passed the object law or agreement.',
    label: 'signed',
    subjectTypes: ['Person', 'Government', 'Country'],
    objectTypes: ['Law'],
  },
  ISSUED_ORDER_AGAINST: {
    description: 'Subject (a judge or court) issued an order or injunction against the object.',
    label: 'issued order against',
    subjectTypes: ['Person', 'Court'],
    objectTypes: ANY,
  },
  RULED_AGAINST: {
    description: 'Subject (a court or judge) ruled against the object.',
    label: 'ruled against',
    subjectTypes: ['Person', 'Court'],
    objectTypes: ANY,
  },
  SENTENCED: {
    description: 'Subject (a court or judge) sentenced the object person.',
    label: 'sentenced',
    subjectTypes: ['Person', 'Court'],
    objectTypes: PEOPLE,
  },
  CHARGED: {
    description: 'Subject charged or indicted the object (qualifiers.charge may say with what).',
    label: 'charged',
    subjectTypes: ['Person', 'Government', 'Country', 'Court'],
    objectTypes: ACTORS,
  },
  SUED: {
    description: 'Subject sued or challenged the object in court.',
    label: 'sued',
    subjectTypes: ACTORS,
    objectTypes: ACTORS,
  },
  // Claims and stances
  DESIGNATED_AS: {
    description:
      'Subject designated or declared the object to be something (qualifiers.designation, e.g. "terrorist group").',
    label: 'designated',
    subjectTypes: ['Person', 'Government', 'Country'],
    objectTypes: ANY,
  },
  ACCUSED_OF: {
    description: 'Subject accused the object of wrongdoing (qualifiers.charge says what).',
    label: 'accused',
    subjectTypes: ACTORS,
    objectTypes: ACTORS,
  },
  DENIED: {
    description: 'Subject denied or rejected a claim or accusation made by or about the object.',
    label: 'denied',
    subjectTypes: ACTORS,
    objectTypes: ANY,
  },
  CRITICIZED: {
    description: 'Subject criticised, condemned or denounced the object.',
    label: 'criticized',
    subjectTypes: ACTORS,
    objectTypes: ANY,
  },
  SUPPORTED: {
    description: 'Subject supported, praised or defended the object.',
    label: 'supported',
    subjectTypes: ACTORS,
    objectTypes: ANY,
  },
  // Dealings between actors
  AGREEMENT_WITH: {
    description: 'Subject has a deal or agreement with the object.',
    label: 'agreement with',
    subjectTypes: ACTORS,
    objectTypes: ACTORS,
  },
  PAID: {
    description: 'Subject paid the object.',
    label: 'paid',
    subjectTypes: ACTORS,
    objectTypes: ACTORS,
  },
  HIRED: {
    description: 'Subject hired or retained the object.',
    label: 'hired',
    subjectTypes: ACTORS,
    objectTypes: ['Person', 'Organization', 'Group'],
  },
  SANCTIONED: {
    description: 'Subject imposed sanctions on the object.',
    label: 'sanctioned',
    subjectTypes: ['Government', 'Country', 'Organization', 'Person'],
    objectTypes: ACTORS,
  },
  MET_WITH: {
    description: 'Subject met or held talks with the object.',
    label: 'met with',
    subjectTypes: ACTORS,
    objectTypes: ACTORS,
  },
  KILLED: {
    description: 'Subject killed the object.',
    label: 'killed',
    subjectTypes: ACTORS,
    objectTypes: PEOPLE,
  },
  RELATED_TO: {
    description:
      'A stated relation with no more specific predicate; qualifiers.verb keeps the verb lemma that states it.',
    label: 'related to',
    subjectTypes: ANY,
    objectTypes: ANY,
  },
} as const satisfies Record<string, RelationTypeSpec>;

export type Predicate = keyof typeof RELATION_TYPES;

export const PREDICATES = Object.keys(RELATION_TYPES) as Predicate[];

export const MODALITIES = ['asserted', 'claimed', 'alleged', 'denied'] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * Shapes that are safe to splice into Cypher text. Both checks (shape and
 * allow-list membership) must pass before a label or type is interpolated.
 */
export const RELATIONSHIP_TYPE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
export const LABEL_PATTERN = /^[A-Z][A-Za-z0-9]*$/;

export function isEntityType(value: unknown): value is EntityType {
  return (
    typeof value === 'string' &&
    LABEL_PATTERN.test(value) &&
    (ENTITY_TYPES as readonly string[]).includes(value)
  );
}

export function isPredicate(value: unknown): value is Predicate {
  return (
    typeof value === 'string' &&
    RELATIONSHIP_TYPE_PATTERN.test(value) &&
    Object.prototype.hasOwnProperty.call(RELATION_TYPES, value)
  );
}

/** True when `type` may be the subject (`role: 'subject'`) or object of `predicate`. */
export function allowsType(
  predicate: Predicate,
  role: 'subject' | 'object',
  type: EntityType,
): boolean {
  const spec: RelationTypeSpec = RELATION_TYPES[predicate];
  return (role === 'subject' ? spec.subjectTypes : spec.objectTypes).includes(type);
}

export function relationLabel(predicate: Predicate): string {
  return RELATION_TYPES[predicate].label;
}
