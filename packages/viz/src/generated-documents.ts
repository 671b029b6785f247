/**
 * Synthetic contract documents of any size, for the benchmark and layout tests:
 * random typed entities, relations whose predicate fits both ends, a skewed
 * degree distribution (a few hubs, many leaves) like real news graphs.
 * No article text, so offsets are not checked; every relation has one evidence.
 */
import {
  ENTITY_TYPES,
  PREDICATES,
  SCHEMA_VERSION,
  allowsType,
  relationLabel,
  type Entity,
  type EntityType,
  type KgDocument,
  type Modality,
  type Predicate,
  type Relation,
} from '@news-kg/schema';
import { rng } from './layout';

const FIRST = [
  'Ana',
  'Luis',
  'Maria',
  'John',
  'Aisha',
  'Chen',
  'Olga',
  'Pedro',
  'Sara',
  'Omar',
  'Yuki',
  'Ivan',
];
const LAST = [
  'Ruiz',
  'Berg',
  'Okafor',
  'Silva',
  'Novak',
  'Haddad',
  'Kim',
  'Moreau',
  'Costa',
  'Singh',
];

function nameFor(type: EntityType, i: number, random: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  switch (type) {
    case 'Person':
      return `${pick(FIRST)} ${pick(LAST)} ${i}`;
    case 'Law':
      return `Public Order Act ${i}`;
    case 'Court':
      return `High Court ${i}`;
    case 'Prison':
      return `Detention Center ${i}`;
    case 'CriminalOrganization':
      return `Cartel ${i}`;
    case 'Government':
      return `Ministry ${i}`;
    default:
      return `${type} ${i}`;
  }
}

const MODALITY_WEIGHTS: [Modality, number][] = [
  ['asserted', 0.7],
  ['claimed', 0.15],
  ['alleged', 0.1],
  ['denied', 0.05],
];

export function generateDocument(nodeCount: number, edgeCount: number, seed = 1): KgDocument {
  const random = rng(seed);
  const docId = `generated-${nodeCount}-${edgeCount}-${seed}`;
  const typeWeights: EntityType[] = [
    ...Array<EntityType>(5).fill('Person'),
    ...Array<EntityType>(2).fill('Organization'),
    ...ENTITY_TYPES,
  ];
  const entities: Entity[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const type = typeWeights[Math.floor(random() * typeWeights.length)]!;
    entities.push({
      id: `${type.toLowerCase()}:n${i}`,
      name: nameFor(type, i, random),
      type,
      aliases: random() < 0.2 ? [`alias ${i}`] : [],
      mentions: [],
    });
  }
  const allowed = new Map<string, Predicate[]>();
  const predicatesFor = (s: EntityType, o: EntityType): Predicate[] => {
    const key = `${s}>${o}`;
    let list = allowed.get(key);
    if (!list) {
      list = PREDICATES.filter((p) => allowsType(p, 'subject', s) && allowsType(p, 'object', o));
      allowed.set(key, list);
    }
    return list;
  };
  const relations: Relation[] = [];
  for (let k = 0; k < edgeCount && nodeCount > 1; k++) {
    const s = Math.floor(random() * nodeCount);
    let o = Math.floor(nodeCount * random() ** 2.5);
    if (o === s) o = (o + 1) % nodeCount;
    const subject = entities[s]!;
    const object = entities[o]!;
    const options = predicatesFor(subject.type, object.type);
    const predicate = options[Math.floor(random() * options.length)] ?? 'RELATED_TO';
    let r = random();
    let modality: Modality = 'asserted';
    for (const [m, w] of MODALITY_WEIGHTS) {
      if (r < w) {
        modality = m;
        break;
      }
      r -= w;
    }
    const sentence = `${subject.name} ${relationLabel(predicate)} ${object.name}.`;
    relations.push({
      id: `rel:g${k}`,
      subject: subject.id,
      predicate,
      object: object.id,
      confidence: 0.8,
      modality,
      attributedTo: modality === 'asserted' ? null : subject.id,
      date: null,
      evidence: [
        {
          documentId: docId,
          sentence,
          start: 0,
          end: sentence.length,
          text: sentence,
          rule: 'generated',
        },
      ],
    });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: '@news-kg/viz generated-documents', version: '1' },
    documents: [
      {
        id: docId,
        title: `Generated graph: ${nodeCount} entities, ${edgeCount} relations`,
        url: null,
        publishedAt: null,
        source: 'generated',
        sha256: '0'.repeat(64),
      },
    ],
    entities,
    relations,
  };
}
