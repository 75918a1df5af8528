import { createHash } from 'node:crypto';

/**
 * Relations many measures share (a list's rows as at each date, de-duplicated; a period's
 * events from the longitudinal view) are named once and computed once per query: a fragment
 * registers its SQL here and is referred to by name, and the engine puts the definitions of the
 * names a query uses in its WITH clause, materialised. Evaluating the whole catalogue then
 * scans each list a handful of times instead of once per measure.
 */
const registry = new Map<string, string>();

const NAME = /\brel_[0-9a-f]{12}\b/g;

/** The name standing for `sql` (the same SQL always gets the same name). */
export function sharedRelation(sql: string): string {
  const name = `rel_${createHash('sha256').update(sql).digest('hex').slice(0, 12)}`;
  if (!registry.has(name)) registry.set(name, sql);
  return name;
}

/**
 * WITH-clause definitions (`name AS MATERIALIZED (…)`) of every shared relation the given SQL
 * refers to, directly or through another relation, in an order where each follows those it uses.
 */
export function sharedDefinitions(sqls: readonly string[]): string[] {
  const needed = new Set<string>();
  const visit = (sql: string) => {
    for (const m of sql.matchAll(NAME)) {
      const name = m[0];
      if (needed.has(name)) continue;
      const def = registry.get(name);
      if (def === undefined) continue;
      needed.add(name);
      visit(def);
    }
  };
  for (const s of sqls) visit(s);
  // Registration order is dependency order: a fragment registers what it uses before itself.
  return [...registry.entries()].filter(([n]) => needed.has(n)).map(([n, sql]) => `${n} AS MATERIALIZED (${sql})`);
}
