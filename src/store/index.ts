/** The store's public surface: open it, save and load article records, list and search articles. */
export { openStore, resolveDbUrl, isPostgresUrl, parseStoreUrl, DEFAULT_DB, type Store, type Dialect, type OpenMode } from './open-store.js';
export { saveArticle, type SaveOutcome, type SaveResult, type SaveSource, type ConflictPolicy } from './save-article.js';
export { loadRecord, loadArticle } from './load-record.js';
export { listArticles, type ArticleFilter, type ArticleSummary, type LayerCounts } from './list-articles.js';
export { hashText, isGeneratedId, articleIdentity } from './article-key.js';
export { withWriteTransaction } from './with-write-transaction.js';
export type { Database } from './schema.js';
export { searchArticles, queryTokens, type SearchOptions, type SearchResult, type SearchHit, type SearchSnippet } from './search-articles.js';
