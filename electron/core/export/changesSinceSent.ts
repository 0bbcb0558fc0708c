import type { Lang } from '../../../src/shared/lang';
import type { ChangesSinceSent, DeliverableKind } from '../../../src/shared/model/deliverables';
import type { EngagementSession } from '../store/sessions';
import { diffContent } from './diff';
import { latestSent } from './history';
import { readSnapshot, snapshotContent, type SnapshotContent } from './snapshot';

/** What changed in the engagement since the last version of a deliverable sent to the client. */
export function changesSinceSent(session: EngagementSession, deliverable: DeliverableKind, lang: Lang): ChangesSinceSent {
  return session.read((db) => {
    const sent = latestSent(db, deliverable);
    if (!sent || !sent.contentJson) return { sent: sent ? stripContent(sent) : null, changes: [], sentences: [] };
    const before = JSON.parse(sent.contentJson) as SnapshotContent;
    const now = snapshotContent(readSnapshot(db));
    return { sent: stripContent(sent), ...diffContent(before, now, lang) };
  });
}

function stripContent<T extends { contentJson: string | null }>(entry: T): Omit<T, 'contentJson'> {
  const { contentJson: _ignored, ...rest } = entry;
  return rest;
}
