export type { ArticleOverrides, RawArticle } from './input/types';
export { readArticle, MAX_ARTICLE_BYTES } from './input/read-article';
export { extractDocument } from './extract-document';
export { InputError } from './errors';
export { VERB_TABLE } from './relations/verb-table';
export { barePipeline } from './nlp/wink';
