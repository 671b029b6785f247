// Documents for the format tests (unit and integration). Not used at run time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KgDocument } from '@news-kg/schema';

const SAMPLE = fileURLToPath(new URL('../../../schema/fixtures/sample.kg.json', import.meta.url));

/** The schema package's hand-written sample (8 entities, 4 relations, 1 article). */
export function sampleDoc(): KgDocument {
  return JSON.parse(readFileSync(SAMPLE, 'utf8')) as KgDocument;
}

/** Every character that has broken a serialiser somewhere, in names, aliases and sentences. */
export const NASTY_NAME = `O'Brien "Tex" \\ Smith; <b>&amp;</b>\n'}) DETACH DELETE n // \u0001 🦜 ünïcödé`;

/**
 * The sample plus an entity whose name, alias and evidence hold NASTY_NAME, and two
 * parallel relations between the same pair (so exports must keep multi-edges).
 */
export function nastyDoc(): KgDocument {
  const doc = sampleDoc();
  const article = doc.documents[0]!;
  doc.entities.push({
    id: 'person:nasty',
    name: NASTY_NAME,
    type: 'Person',
    aliases: ['A;B', `it's "quoted"`],
    mentions: [
      {
        documentId: article.id,
        start: 0,
        end: 5,
        text: 'Prime',
        sentence: NASTY_NAME,
      },
    ],
    attributes: { note: 'x"y' },
  });
  const evidence = {
    documentId: article.id,
    sentence: `He said: "${NASTY_NAME}"`,
    start: 0,
    end: 5,
    text: 'Prime',
    rule: 'test',
  };
  doc.relations.push(
    {
      id: 'rel:nasty-1',
      subject: 'person:nasty',
      predicate: 'CRITICIZED',
      object: 'person:ana-ruiz',
      confidence: 0.5,
      modality: 'alleged',
      attributedTo: 'organization:the-opposition',
      date: '2025-03-21',
      evidence: [evidence],
      qualifiers: { charge: 'a "bad" thing' },
    },
    {
      id: 'rel:nasty-2',
      subject: 'person:nasty',
      predicate: 'SUPPORTED',
      object: 'person:ana-ruiz',
      confidence: 0.9,
      modality: 'asserted',
      attributedTo: null,
      date: null,
      evidence: [evidence, { ...evidence, start: 6, end: 11, text: 'Minis' }],
    },
  );
  return doc;
}
