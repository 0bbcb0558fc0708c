import { appHandlers } from './appHandlers';
import { auditHandlers } from './auditHandlers';
import { backupsHandlers } from './backupsHandlers';
import { benchmarkHandlers } from './benchmarkHandlers';
import { deliverablesHandlers } from './deliverablesHandlers';
import { engagementHandlers } from './engagementHandlers';
import { imagesHandlers } from './imagesHandlers';
import { interviewHandlers } from './interviewHandlers';
import { objectivesHandlers } from './objectivesHandlers';
import { planHandlers } from './planHandlers';
import { providersHandlers } from './providersHandlers';
import { searchHandlers } from './searchHandlers';
import { undoHandlers } from './undoHandlers';
import { steeringHandlers } from './steeringHandlers';
import { personasHandlers } from './personasHandlers';
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
  ...imagesHandlers,
  ...auditHandlers,
  ...benchmarkHandlers,
  ...personasHandlers,
  ...planHandlers,
  ...providersHandlers,
  ...steeringHandlers,
  ...searchHandlers,
  ...undoHandlers,
};
