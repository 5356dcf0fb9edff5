// What every Redis domain module gets: the client and the key namer (store.prefix + name).
import type { Redis } from 'ioredis';

export interface Ctx {
  r: Redis;
  /** prefix + name, e.g. k('gl:abc') → 'mm:gl:abc' */
  k(name: string): string;
}

export function parseJson<T>(text: string | null | undefined): T | null {
  return text === null || text === undefined ? null : (JSON.parse(text) as T);
}
