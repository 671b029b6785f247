import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KgDocument } from '@news-kg/schema';
import { ARTICLE_LABEL, ENTITY_LABEL, MENTIONED_IN, toPropertyGraph } from './model';

/** The array delimiter `neo4j-admin database import` uses by default. */
export const ARRAY_DELIMITER = ';';

export const CSV_FILES = {
  entities: 'entities.csv',
  articles: 'articles.csv',
  relations: 'relations.csv',
  mentions: 'mentions.csv',
} as const;

type Cell = string | number | null | undefined;

/**
 * Header-and-rows CSV for `neo4j-admin database import full` (default options: `,`
 * field delimiter, `"` quotes doubled inside fields, `;` array delimiter). Line
 * breaks inside values become spaces so no `--multiline-fields` is needed; an array
 * element cannot contain the delimiter, so `;` inside one becomes `,`.
 */
export function toCsvFiles(doc: KgDocument): Record<keyof typeof CSV_FILES, string> {
  const g = toPropertyGraph(doc);
  return {
    entities: table(
      ['id:ID', 'name', 'type', 'aliases:string[]', 'mentionCount:int', 'attributes', ':LABEL'],
      g.entities.map((e) => [
        e.id,
        e.name,
        e.type,
        array(e.aliases),
        e.mentionCount,
        e.attributes,
        `${ENTITY_LABEL}${ARRAY_DELIMITER}${e.type}`,
      ]),
    ),
    articles: table(
      ['id:ID', 'title', 'url', 'publishedAt:date', 'source', 'sha256', 'language', ':LABEL'],
      g.articles.map((a) => [
        a.id,
        a.title,
        a.url,
        a.publishedAt,
        a.source,
        a.sha256,
        a.language,
        ARTICLE_LABEL,
      ]),
    ),
    relations: table(
      [
        ':START_ID',
        ':END_ID',
        ':TYPE',
        'relationId',
        'modality',
        'confidence:double',
        'attributedTo',
        'date:date',
        'evidenceCount:int',
        'sentence',
        'documentIds:string[]',
        'evidence',
        'qualifiers',
      ],
      g.relations.map((r) => [
        r.subject,
        r.object,
        r.predicate,
        r.id,
        r.modality,
        r.confidence,
        r.attributedTo,
        r.date,
        r.evidenceCount,
        r.sentence,
        array(r.documentIds),
        r.evidence,
        r.qualifiers,
      ]),
    ),
    mentions: table(
      [':START_ID', ':END_ID', ':TYPE', 'count:int'],
      g.mentions.map((m) => [m.entity, m.article, MENTIONED_IN, m.count]),
    ),
  };
}

/** The arguments of `neo4j-admin database import full` for the files in `dir`. */
export function importArgs(dir: string, database = 'neo4j'): string[] {
  return [
    'database',
    'import',
    'full',
    database,
    `--nodes=${join(dir, CSV_FILES.entities)}`,
    `--nodes=${join(dir, CSV_FILES.articles)}`,
    `--relationships=${join(dir, CSV_FILES.relations)}`,
    `--relationships=${join(dir, CSV_FILES.mentions)}`,
  ];
}

/** Writes the four files into `dir` and returns their paths. */
export async function writeCsvDir(doc: KgDocument, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = toCsvFiles(doc);
  const paths: string[] = [];
  for (const key of Object.keys(CSV_FILES) as (keyof typeof CSV_FILES)[]) {
    const path = join(dir, CSV_FILES[key]);
    await writeFile(path, files[key]);
    paths.push(path);
  }
  const readme = [
    '# neo4j-admin import files written by `kg export --format csv`',
    '# Stop the server, then (this replaces the database "neo4j"):',
    `neo4j-admin database import full neo4j --overwrite-destination \\`,
    `  --nodes=${CSV_FILES.entities} --nodes=${CSV_FILES.articles} \\`,
    `  --relationships=${CSV_FILES.relations} --relationships=${CSV_FILES.mentions}`,
    '',
  ].join('\n');
  const readmePath = join(dir, 'IMPORT.txt');
  await writeFile(readmePath, readme);
  paths.push(readmePath);
  return paths;
}

function array(items: string[]): string {
  return items.map((i) => i.replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER);
}

function table(header: string[], rows: Cell[][]): string {
  return [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const flat = value.replace(/\r\n|\r|\n/g, ' ');
  return `"${flat.replaceAll('"', '""')}"`;
}
