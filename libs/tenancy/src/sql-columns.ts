/**
 * The one row mapping of the raw-SQL repositories: a table's (or a join's) fields are declared once,
 * each with the SQL that yields it and how to read what node-postgres returns. The same map gives the
 * SELECT/RETURNING list and the row → object reader, so a new column is added in one place.
 */

/** One field: the SQL expression that yields it and how its value is read. */
export interface SqlColumn<T> {
  readonly sql: string;
  readonly read: (value: unknown) => T;
}

const orNull =
  <T>(read: (value: unknown) => T) =>
  (value: unknown): T | null =>
    value === null || value === undefined ? null : read(value);

const asIs = <T>(value: unknown) => value as T;
// char(n) comes back padded with spaces.
const trimmed = (value: unknown) => String(value).trim();

/** Readers for the column types the repositories use. */
export const col = {
  text: (sql: string): SqlColumn<string> => ({ sql, read: String }),
  textOrNull: (sql: string): SqlColumn<string | null> => ({ sql, read: orNull(String) }),
  /** char(n), without its padding. */
  char: (sql: string): SqlColumn<string> => ({ sql, read: trimmed }),
  /** int, bigint and numeric (which node-postgres returns as text) as numbers. */
  number: (sql: string): SqlColumn<number> => ({ sql, read: Number }),
  numberOrNull: (sql: string): SqlColumn<number | null> => ({ sql, read: orNull(Number) }),
  bool: (sql: string): SqlColumn<boolean> => ({ sql, read: Boolean }),
  /** What node-postgres returns, typed: timestamptz (Date), jsonb (parsed), arrays, enums kept as text. */
  value: <T>(sql: string): SqlColumn<T> => ({ sql, read: asIs<T> }),
  valueOrNull: <T>(sql: string): SqlColumn<T | null> => ({ sql, read: orNull(asIs<T>) }),
};

type Columns<Row> = { [K in keyof Row]-?: SqlColumn<Row[K]> };

/** A row type's columns: `select` for the SQL, `read` for each row it returns. */
export class ColumnMap<Row> {
  /** `f.id AS "id", f.user_id AS "userId", …`: each value is named after its field. */
  readonly select: string;
  private readonly fields: Array<[string, SqlColumn<unknown>]>;

  constructor(readonly columns: Columns<Row>) {
    this.fields = Object.entries(columns) as Array<[string, SqlColumn<unknown>]>;
    this.select = this.fields.map(([field, c]) => (c.sql === field ? c.sql : `${c.sql} AS "${field}"`)).join(', ');
  }

  read(row: Record<string, unknown>): Row {
    const out: Record<string, unknown> = {};
    for (const [field, c] of this.fields) out[field] = c.read(row[field]);
    return out as Row;
  }

  /** The first row read, or null when there is none. */
  readFirst(rows: Array<Record<string, unknown>>): Row | null {
    return rows[0] ? this.read(rows[0]) : null;
  }

  /** A wider row type: these columns and more. */
  extend<Wider extends Row>(more: Columns<Omit<Wider, keyof Row>>): ColumnMap<Wider> {
    return new ColumnMap<Wider>({ ...this.columns, ...more } as unknown as Columns<Wider>);
  }
}

/** Declares a row type's columns once; every field of `Row` must be mapped, with a reader of its type. */
export function defineColumns<Row>(columns: Columns<Row>): ColumnMap<Row> {
  return new ColumnMap(columns);
}
