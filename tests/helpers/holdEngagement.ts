// Opens an engagement in a separate process and keeps it open until killed.
import { EngagementSessions } from '../../electron/core/store/sessions';

const [file, backupDir] = process.argv.slice(2) as [string, string];
const sessions = new EngagementSessions({ backupDir });
void sessions.open(file, 'other-process').then(() => {
  process.send?.('ready');
  setInterval(() => {}, 1000);
});
