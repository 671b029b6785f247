/**
 * `pnpm bench:extract [--mb N]`: a benchmark, not a test. Builds a corpus of at
 * least N MB (default 1) from data/articles/*.txt (repeated) and the CoNLL04 dev
 * sentences when present, then runs, one article at a time, the full extraction
 * and the bare wink-nlp pipeline (tokens, POS, lemmas) on the same texts, and
 * prints tokens per second for each, their ratio and the heap before and after.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { barePipeline, extractDocument, type RawArticle } from '../src/index';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const mbArg = process.argv.indexOf('--mb');
const targetBytes = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 1) * 1024 * 1024;

function sources(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const dir = join(root, 'data/articles');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      out.push({ name: f, text: readFileSync(join(dir, f), 'utf8') });
    }
  }
  const conll = join(root, '../shared/datasets/conll04/dev.json');
  if (existsSync(conll)) {
    const records = JSON.parse(readFileSync(conll, 'utf8')) as { tokens: string[] }[];
    for (let i = 0; i < records.length; i += 40) {
      const lines = records.slice(i, i + 40).map((r) => r.tokens.join(' '));
      out.push({
        name: `conll04-dev-${i}`,
        text: `CoNLL04 sentences ${i}\n\n${lines.join('\n\n')}`,
      });
    }
  } else {
    console.log('(CoNLL04 dev set not found; articles only)');
  }
  return out;
}

const base = sources();
if (!base.length) {
  console.log('bench:extract: no articles found in data/articles; nothing to measure');
  process.exit(0);
}
const baseBytes = base.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
const rounds = Math.max(1, Math.ceil(targetBytes / baseBytes));

// Warm up both pipelines (model load, JIT).
for (const s of base.slice(0, 3)) {
  barePipeline(s.text);
  extractDocument({ content: s.text, format: 'text', origin: s.name });
}

const heapBefore = process.memoryUsage().heapUsed;
let tokens = 0;
let bytes = 0;
let bareMs = 0;
let fullMs = 0;
let articles = 0;
let failed = 0;
let heapPeak = heapBefore;
for (let round = 0; round < rounds; round++) {
  for (const s of base) {
    const raw: RawArticle = { content: s.text, format: 'text', origin: `${s.name}#${round}` };
    let t = performance.now();
    tokens += barePipeline(s.text);
    bareMs += performance.now() - t;
    t = performance.now();
    try {
      extractDocument(raw);
    } catch {
      failed++;
    }
    fullMs += performance.now() - t;
    bytes += Buffer.byteLength(s.text);
    articles++;
    if (articles % 50 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
}
const heapAfter = process.memoryUsage().heapUsed;
const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
const bareRate = tokens / (bareMs / 1000);
const fullRate = tokens / (fullMs / 1000);
console.log(
  `corpus: ${articles} articles (${base.length} distinct × ${rounds}), ${mb(bytes)} MB, ${tokens} tokens${failed ? `, ${failed} rejected` : ''}`,
);
console.log(
  `bare wink-nlp pipeline: ${Math.round(bareRate).toLocaleString('en-US')} tokens/s (${(bareMs / 1000).toFixed(2)} s)`,
);
console.log(
  `full extraction:        ${Math.round(fullRate).toLocaleString('en-US')} tokens/s (${(fullMs / 1000).toFixed(2)} s)`,
);
console.log(`ratio full/bare: ${(fullRate / bareRate).toFixed(2)} (target >= 0.30)`);
console.log(
  `heap: ${mb(heapBefore)} MB before, ${mb(heapPeak)} MB peak, ${mb(heapAfter)} MB after`,
);
