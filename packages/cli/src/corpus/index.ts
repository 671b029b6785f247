export { expandInputs, outputName, ARTICLE_EXTENSIONS, type ArticleInput } from './inputs';
export {
  extractCorpus,
  describe as describeTaskError,
  type CorpusExtraction,
  type CorpusOptions,
  type ExtractedArticle,
  type FailedArticle,
  type UnchangedArticle,
} from './extract';
export { createProgress, type Progress, type ItemStatus } from './progress';
export { runPool, defaultPoolSize, tsxImportUrl, type TaskOutcome } from './pool';
export type { TaskError } from './protocol';
