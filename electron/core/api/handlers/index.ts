import { appHandlers } from './appHandlers';
import { backupsHandlers } from './backupsHandlers';
import { deliverablesHandlers } from './deliverablesHandlers';
import { engagementHandlers } from './engagementHandlers';
import { interviewHandlers } from './interviewHandlers';
import { objectivesHandlers } from './objectivesHandlers';
import { workspaceHandlers } from './workspaceHandlers';

/** Every domain's handlers. `createApiHost` checks this matches the contract exactly. */
export const handlers = {
  ...appHandlers,
  ...backupsHandlers,
  ...workspaceHandlers,
  ...engagementHandlers,
  ...deliverablesHandlers,
  ...interviewHandlers,
  ...objectivesHandlers,
};
