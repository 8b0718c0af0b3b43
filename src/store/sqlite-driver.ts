// better-sqlite3 reads SQLITE_USE_URI once, when the addon loads. URI file names are what let a store in a
// read-only directory be opened at all (`?immutable=1`, see open-sqlite.ts), so it is set before the import.
process.env['SQLITE_USE_URI'] ??= '1';
const { default: BetterSqlite3 } = await import('better-sqlite3');

export default BetterSqlite3;
export type SqliteDatabase = InstanceType<typeof BetterSqlite3>;
