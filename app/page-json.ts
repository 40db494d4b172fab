import { useMemo } from "react";

/**
 * Loader data sent as one JSON text (decision 013e): a large view made once and kept (a dashboard's
 * criteria, a plan's overview) is written out once, not value by value by React Router on every
 * answer, and read back with one `JSON.parse`. Only for plain data: strings, finite numbers,
 * booleans, null, arrays and objects (`pageJson` refuses anything else).
 */
export interface PageJson<T> {
  json: string;
  /** The type of the data (for the compiler only; never set). */
  readonly of?: T;
}

/** The data of a `PageJson`, parsed once per text. */
export function usePageJson<T>(data: PageJson<T>): T {
  return useMemo(() => JSON.parse(data.json) as T, [data.json]);
}
