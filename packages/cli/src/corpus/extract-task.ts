/** One article, from its path or URL to a validated document (runs in a worker or in-process). */
import { extractDocument, readArticle } from '@news-kg/extract';
import { assertValidDocument, type KgDocument } from '@news-kg/schema';

export async function extractOne(spec: string): Promise<KgDocument> {
  const raw = await readArticle(spec);
  const doc = extractDocument(raw);
  // A document the extractor got wrong must fail here, for this article alone,
  // rather than make the loader refuse the whole corpus.
  return assertValidDocument(doc, spec);
}
