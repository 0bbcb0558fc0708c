import type Database from 'better-sqlite3';
import { at } from './demoClock';
import { SOCIAL_CHANNELS } from './auditChannelsSocial';
import { WEB_CHANNELS } from './auditChannelsWeb';
import type { Channel } from './auditTypes';
import { insertRows } from './insertRows';

const CHANNELS: Channel[] = [...WEB_CHANNELS, ...SOCIAL_CHANNELS];

/** Criterion ids by key, for the benchmark and the screenshots. */
export const CRITERION: Record<string, number> = {};
let criterionId = 0;
for (const channel of CHANNELS) {
  for (const [key] of channel.criteria) {
    criterionId += 1;
    if (key) CRITERION[key] = criterionId;
  }
}

export function seedAuditGrid(db: Database.Database): void {
  const scoredOn = at('2026-03-04 17:00');
  let id = 0;
  CHANNELS.forEach((channel, channelIndex) => {
    insertRows(db, 'audit_channels', [
      {
        id: channel.id,
        code: channel.code,
        name: channel.name,
        network: channel.network,
        position: channelIndex + 1,
        enabled: 1,
        summary: channel.summary,
      },
    ]);
    insertRows(
      db,
      'audit_criteria',
      channel.criteria.map(([, label, score, evidence, url, figures], index) => {
        id += 1;
        return {
          id,
          channel_id: channel.id,
          label,
          position: index + 1,
          score: score === 'na' ? null : score,
          not_applicable: score === 'na' ? 1 : 0,
          evidence,
          evidence_url: url,
          evidence_figures: figures,
          updated_at: scoredOn,
        };
      }),
    );
  });
}
