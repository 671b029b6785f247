export interface ArticleOverrides {
  id?: string;
  title?: string;
  /** YYYY-MM-DD */
  date?: string;
  url?: string;
  source?: string;
}

export interface RawArticle {
  content: string;
  format: 'text' | 'html';
  /** File path, URL or 'stdin'. */
  origin: string;
  overrides?: ArticleOverrides;
}
