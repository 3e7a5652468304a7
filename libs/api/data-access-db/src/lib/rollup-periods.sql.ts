/**
 * The period rule of domain §3 in SQL — weeks run Monday to Sunday, months
 * are calendar months — written once for every statement that groups the
 * rollups' local days (plain `date`s) into periods. Plain-date arithmetic
 * only: no time zone, whatever the session's TimeZone says. The same rule
 * in TypeScript is `periodStartEpochDay` (domain-metrics), which lists the
 * periods a query asks for.
 */

/**
 * The Monday of the week holding the date `day` (an SQL expression of type
 * date, used once: a local day computed from a timestamp is computed once).
 */
export function weekStartSql(day: string): string {
  return `date_trunc('week', (${day})::timestamp)::date`;
}

/** The first day of the month holding the date `day` (used once, as above). */
export function monthStartSql(day: string): string {
  return `date_trunc('month', (${day})::timestamp)::date`;
}

/** The first day of the period of grain `grain` ('WEEK' or 'MONTH', an SQL expression) holding `day`. */
export function periodStartSql(day: string, grain: string): string {
  return `CASE WHEN ${grain} = 'WEEK' THEN ${weekStartSql(day)} ELSE ${monthStartSql(day)} END`;
}

/** The first day after the period of grain `grain` that starts on `start`. */
export function periodEndSql(start: string, grain: string): string {
  return `CASE WHEN ${grain} = 'WEEK' THEN (${start}) + 7 ELSE ((${start}) + interval '1 month')::date END`;
}
