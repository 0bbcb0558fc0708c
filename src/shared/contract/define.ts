import type { z } from 'zod';
import type { ApiErrorShape } from '../errors';

/**
 * One API method: its input schema (checked at every transport) and, as a type
 * only, its result. Declared once in a domain's contract file; Electron IPC, the
 * loopback bridge and the renderer client are all loops over that table.
 */
export interface MethodSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom field carrying the result type; never set at run time. */
  readonly result?: O;
}

export function method<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): MethodSpec<I, O> {
      return { input };
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- used only in type positions
export type AnyMethodSpec = MethodSpec<z.ZodType, any>;
export type MethodTable = Record<string, AnyMethodSpec>;

/** What a caller sends (defaults may be omitted). */
export type InputOf<M> = M extends MethodSpec<infer I, unknown> ? z.input<I> : never;
/** What a handler receives after validation (defaults applied). */
export type ParsedInputOf<M> = M extends MethodSpec<infer I, unknown> ? z.output<I> : never;
export type ResultOf<M> = M extends MethodSpec<z.ZodType, infer O> ? O : never;

/** Every result crosses the boundary in this envelope, never as a thrown error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Joins the domain tables, refusing a method name declared twice. */
export function mergeTables<T extends MethodTable[]>(...tables: T): UnionToIntersection<T[number]> {
  const merged: MethodTable = {};
  for (const table of tables) {
    for (const [name, spec] of Object.entries(table)) {
      if (Object.hasOwn(merged, name)) throw new Error(`API method declared twice: ${name}`);
      if (!/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/.test(name)) throw new Error(`API method name must read domain:verb: ${name}`);
      merged[name] = spec;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
