import type { MethodTable, ParsedInputOf, ResultOf } from '../../../src/shared/contract/define';
import type { CallContext } from './context';

/** A domain's handlers: exactly one per method of its contract table, typed from it. */
export type Handlers<T extends MethodTable> = {
  [K in keyof T]: (input: ParsedInputOf<T[K]>, ctx: CallContext) => ResultOf<T[K]> | Promise<ResultOf<T[K]>>;
};
