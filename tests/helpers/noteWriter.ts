// Writes notes through the core API in a loop, reporting each acknowledged id to
// the parent over IPC, until killed. Used by the kill -9 test.
import { createApiHost } from '../../electron/core/api/apiHost';
import { createServices } from '../../electron/core/api/createServices';

const [file, userDataDir, sessionIdText] = process.argv.slice(2) as [string, string, string];
const sessionId = Number(sessionIdText);

async function main(): Promise<void> {
  const { services } = createServices({ userDataDir, platform: { kind: 'web' }, appVersion: '0.0.0-test' });
  const api = createApiHost(services);
  const opened = await api.invoke('engagement:open', { path: file }, 'writer');
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const { engagementId } = opened.value as { engagementId: string };
  process.send?.({ type: 'ready' });
  for (let i = 0; ; i += 1) {
    // What the capture box does: the draft while typing, then the note, which clears it.
    await api.invoke('interview:saveDraft', { engagementId, sessionId, draft: `Note ${i} en cours de fr` }, 'writer');
    const result = await api.invoke('note:capture', { engagementId, sessionId, text: `Note ${i} #besoin`, clearDraft: true }, 'writer');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    process.send?.({ type: 'ack', id: (result.value as { id: number }).id });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(2);
});
