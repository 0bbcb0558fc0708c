import { appHandlers } from './appHandlers';
import { engagementHandlers } from './engagementHandlers';
import { workspaceHandlers } from './workspaceHandlers';

/** Every domain's handlers. `createApiHost` checks this matches the contract exactly. */
export const handlers = {
  ...appHandlers,
  ...workspaceHandlers,
  ...engagementHandlers,
};
