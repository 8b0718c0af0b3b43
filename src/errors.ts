/** Catalogue of error codes: each names what went wrong and how to fix it. */
export const ERRORS = {
  E_INPUT_READ: 'cannot read the input',
  E_INPUT_BINARY: 'the file is binary, not text, HTML or JSONL',
  E_ENCODING: 'the input is not valid UTF-8',
  E_INPUT_EMPTY: 'the input has no article text',
  E_JSON: 'malformed JSON',
  E_FIELD: 'a required field is missing or has the wrong type',
  E_DATE: 'invalid date',
  E_NO_PUBLISHED: 'no publication date',
  E_FRONT_MATTER: 'malformed front matter',
  E_LEXICON: 'invalid lexicon row',
  E_EXTRACT: 'an extractor failed',
  E_STORE: 'the store failed',
  E_CONFLICT: 'another version of the article is stored',
  E_USAGE: 'bad usage',
} as const;
export type ErrorCode = keyof typeof ERRORS;

/** An error that knows where it happened: `file:line:col: reason (hint)`. */
export class AttestError extends Error {
  readonly code: ErrorCode;
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly reason: string;
  readonly hint: string | null;

  constructor(
    code: ErrorCode,
    reason: string,
    where: { file?: string | null; line?: number | null; column?: number | null; hint?: string | null; cause?: unknown } = {},
  ) {
    const file = where.file ?? null;
    const line = where.line ?? null;
    const column = where.column ?? null;
    const hint = where.hint ?? null;
    super(formatMessage(file, line, column, reason, hint), where.cause === undefined ? undefined : { cause: where.cause });
    this.name = 'AttestError';
    this.code = code;
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
    this.hint = hint;
  }
}

function formatMessage(file: string | null, line: number | null, column: number | null, reason: string, hint: string | null): string {
  let where = file ?? '';
  if (file && line != null) where += `:${line}`;
  if (file && line != null && column != null) where += `:${column}`;
  return `${where ? `${where}: ` : ''}${reason}${hint ? ` (${hint})` : ''}`;
}
