/** A condition of a WHERE with its named parameters (`:name`), as TypeORM's `andWhere` takes it. */
export interface SqlClause {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The clauses as one `WHERE … AND …` with positional parameters (`$1`…) for `DataSource.query`:
 * the hot paths skip building a query builder, the clauses stay written once. A name used twice
 * is one parameter; PostgreSQL casts (`::uuid`) are left alone.
 */
export function whereOf(clauses: readonly SqlClause[]): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const positions = new Map<string, number>();
  const parts = clauses.map(({ sql, params: named }) =>
    sql.replace(/(?<!:):([A-Za-z_]\w*)/g, (_match, name: string) => {
      if (!(name in named)) throw new Error(`paramètre SQL sans valeur : ${name}`);
      let position = positions.get(name);
      if (position === undefined) {
        params.push(named[name]);
        positions.set(name, (position = params.length));
      }
      return `$${position}`;
    }),
  );
  return { where: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}
