/**
 * The benchmark corpus: the real articles in data/articles/ plus CoNLL04 news sentences
 * (../shared/datasets/conll04/, read in place and never copied into the repository)
 * grouped into pseudo-articles, written to a scratch folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CorpusInfo {
  dir: string;
  articles: number;
  realArticles: number;
  pseudoArticles: number;
  sentences: number;
  bytes: number;
}

interface ConllRecord {
  tokens: string[];
}

/** CoNLL tokens back to readable text: no space before punctuation, none inside brackets. */
export function detokenize(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([,.;:!?%)\]}])/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/\b([A-Z]) '(?=[A-Z])/g, "$1'")
    .replace(/`` ?| ?''/g, '"')
    .replace(/ ?-- ?/g, ' -- ')
    .trim();
}

export function conllDir(repo: string): string {
  return join(repo, '..', 'shared', 'datasets', 'conll04');
}

/**
 * Writes the corpus into `dir`: every data/articles/*.txt, then CoNLL04 train+dev sentences
 * in groups of `group` until `target` articles in all (when the dataset is present).
 */
export async function writeBenchCorpus(
  repo: string,
  dir: string,
  options: { target?: number; group?: number } = {},
): Promise<CorpusInfo> {
  const target = options.target ?? 120;
  const group = options.group ?? 10;
  await mkdir(dir, { recursive: true });
  const info: CorpusInfo = {
    dir,
    articles: 0,
    realArticles: 0,
    pseudoArticles: 0,
    sentences: 0,
    bytes: 0,
  };
  const articlesDir = join(repo, 'data', 'articles');
  for (const name of (await readdir(articlesDir)).filter((n) => n.endsWith('.txt')).sort()) {
    await copyFile(join(articlesDir, name), join(dir, name));
    info.bytes += readFileSync(join(articlesDir, name)).byteLength;
    info.realArticles++;
  }
  const conll = conllDir(repo);
  const sentences: string[] = [];
  for (const split of ['train', 'dev']) {
    const file = join(conll, `${split}.json`);
    if (!existsSync(file)) continue;
    const records = JSON.parse(readFileSync(file, 'utf8')) as ConllRecord[];
    for (const r of records) sentences.push(detokenize(r.tokens));
  }
  let next = 0;
  while (info.realArticles + info.pseudoArticles < target && next < sentences.length) {
    const chunk = sentences.slice(next, next + group);
    next += group;
    const n = info.pseudoArticles + 1;
    const text = `CoNLL04 news sentences, group ${n}\n\n${chunk.join('\n\n')}\n`;
    const name = `conll04-${String(n).padStart(3, '0')}.txt`;
    await writeFile(join(dir, name), text);
    info.bytes += Buffer.byteLength(text);
    info.pseudoArticles++;
    info.sentences += chunk.length;
  }
  info.articles = info.realArticles + info.pseudoArticles;
  return info;
}
