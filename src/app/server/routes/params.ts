// The list endpoints' query parameters, checked in one place: a value that does not read as its
// kind is refused with a 400 whose one-line JSON error names the parameter, never silently ignored
// (an ignored `from` or `limit` answers a different question than the one asked).
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

const MAX_PAGE = 200;
const DEFAULT_PAGE = 50;

function refuse(name: string, why: string, value: string): never {
  throw new HTTPException(400, { message: `query parameter ${name}: ${why} (got "${value.slice(0, 40)}")` });
}

function wholeNumber(c: Context, name: string): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw.trim())) refuse(name, 'must be a whole number', raw);
  return Number(raw.trim());
}

/** `limit` (1..200, default 50; more is capped at 200) and `offset` (0 or more, default 0). */
export function page(c: Context): { limit: number; offset: number } {
  const limit = wholeNumber(c, 'limit');
  if (limit === 0) refuse('limit', `must be from 1 to ${MAX_PAGE}`, '0');
  return { limit: Math.min(limit ?? DEFAULT_PAGE, MAX_PAGE), offset: wholeNumber(c, 'offset') ?? 0 };
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day. */
function dateParam(c: Context, name: string): string | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  const [year, month, day] = m ? [+m[1]!, m[2] ? +m[2] : 1, m[3] ? +m[3] : 1] : [0, 0, 0];
  const real = m && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!real) refuse(name, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD', raw);
  return raw.trim();
}

/** `from` and `to` (each YYYY, YYYY-MM or YYYY-MM-DD); `from` may not be after `to`. */
export function dateRange(c: Context): { from?: string; to?: string } {
  const from = dateParam(c, 'from');
  const to = dateParam(c, 'to');
  // Compared at the coarser precision: from=2019-06 and to=2019 overlap.
  const n = Math.min(from?.length ?? 0, to?.length ?? 0);
  if (from && to && from.slice(0, n) > to.slice(0, n)) refuse('from', `is after to (${to})`, from);
  return { from, to };
}

/** A parameter that takes one of a few values; absent gives undefined. */
export function oneOf<T extends string>(c: Context, name: string, values: readonly T[]): T | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!(values as readonly string[]).includes(raw)) refuse(name, `must be ${values.map((v) => `'${v}'`).join(' or ')}`, raw);
  return raw as T;
}
