/** Where an article came from, so every error can name the file and line. */
export interface ArticleOrigin {
  readonly file: string;
  /** 1-based line for JSONL input, null for whole-file formats. */
  readonly line: number | null;
  readonly format: 'text' | 'html' | 'jsonl';
  /** False when the input gave no id and `Article.id` was made up from the file name or line; absent = given. */
  readonly idGiven?: boolean;
}

/** One dated news article exactly as read. Example: {id: 'wire-1', outlet: 'Example Wire', published: '2020-06-08', ...}. */
export interface Article {
  readonly id: string;
  readonly outlet: string | null;
  /** ISO date YYYY-MM-DD. */
  readonly published: string;
  readonly title: string | null;
  readonly url: string | null;
  /** The body as the reader sees it; nothing edits it after ingest. */
  readonly text: string;
  readonly origin: ArticleOrigin;
}
