/**
 * Loads the extractor under evaluation (`readArticle` + `extractDocument` from
 * `@news-kg/extract`) at run time, so that the harness type-checks and its unit
 * tests run whatever state the extractor is in.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KgDocument } from '@news-kg/schema';

/** The input shape `extractDocument` takes (see packages/extract/src/input/types.ts). */
export interface RawArticleLike {
  content: string;
  format: 'text' | 'html';
  origin: string;
  overrides?: { id?: string; title?: string; date?: string; url?: string; source?: string };
}

export interface Extractor {
  readArticle(path: string): Promise<RawArticleLike>;
  extractDocument(raw: RawArticleLike): Promise<KgDocument>;
}

export class ExtractorUnavailableError extends Error {
  override name = 'ExtractorUnavailableError';
}

/**
 * `EVAL_EXTRACTOR=/path/to/module.ts` evaluates another module with the same two exports
 * (e.g. a baseline or a stub); by default the workspace package is loaded.
 */
export async function loadExtractor(): Promise<Extractor> {
  let mod: Record<string, unknown>;
  const override = process.env.EVAL_EXTRACTOR;
  try {
    // A variable specifier: the harness must type-check before the extractor exists.
    const specifier = override ? pathToFileURL(resolve(override)).href : '@news-kg/extract';
    mod = (await import(specifier)) as Record<string, unknown>;
  } catch (err) {
    throw new ExtractorUnavailableError(
      `cannot load ${override ?? '@news-kg/extract (packages/extract/src/index.ts)'}: ${(err as Error).message.split('\n')[0]}`,
    );
  }
  const missing = ['readArticle', 'extractDocument'].filter((n) => typeof mod[n] !== 'function');
  if (missing.length > 0) {
    throw new ExtractorUnavailableError(
      `@news-kg/extract does not export ${missing.join(' and ')} yet; the evaluation needs readArticle(path) → RawArticle and extractDocument(raw) → KgDocument`,
    );
  }
  const readArticle = mod.readArticle as (path: string) => RawArticleLike | Promise<RawArticleLike>;
  const extractDocument = mod.extractDocument as (
    raw: RawArticleLike,
  ) => KgDocument | Promise<KgDocument>;
  return {
    readArticle: async (path) => readArticle(path),
    extractDocument: async (raw) => extractDocument(raw),
  };
}
