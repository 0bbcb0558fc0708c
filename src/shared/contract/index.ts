import { appContract } from './appContract';
import { auditContract } from './auditContract';
import { backupsContract } from './backupsContract';
import { benchmarkContract } from './benchmarkContract';
import { mergeTables } from './define';
import type { InputOf, ResultOf } from './define';
import { deliverablesContract } from './deliverablesContract';
import { engagementContract } from './engagementContract';
import { imagesContract } from './imagesContract';
import { interviewContract } from './interviewContract';
import { objectivesContract } from './objectivesContract';
import { planContract } from './planContract';
import { providersContract } from './providersContract';
import { searchContract } from './searchContract';
import { undoContract } from './undoContract';
import { steeringContract } from './steeringContract';
import { personasContract } from './personasContract';
import { workspaceContract } from './workspaceContract';

/**
 * The whole API the renderer may call. Each domain declares its methods in its
 * own file; adding a domain means adding it to this list, nothing else.
 */
export const contract = mergeTables(
  appContract,
  workspaceContract,
  engagementContract,
  backupsContract,
  interviewContract,
  objectivesContract,
  deliverablesContract,
  imagesContract,
  auditContract,
  benchmarkContract,
  personasContract,
  planContract,
  providersContract,
  steeringContract,
  searchContract,
  undoContract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type MethodInput<M extends MethodName> = InputOf<Contract[M]>;
export type MethodResult<M extends MethodName> = ResultOf<Contract[M]>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export type { Envelope } from './define';
export { EVENT_CHANNEL } from './events';
export type { AppEvent } from './events';
