import type Database from 'better-sqlite3';
import type { ChannelSuggestion } from '../../../../src/shared/model/plan';
import { sql } from '../../store/statements';

/**
 * Channels to offer in an action's editor: the platforms of its linked personas
 * first (where the audience is), then the audited channels, each once.
 */
export function suggestChannels(db: Database.Database, personaIds: number[]): ChannelSuggestion[] {
  const out: ChannelSuggestion[] = [];
  const seen = new Set<string>();
  const push = (channelId: number | null, label: string, fromPersonas: boolean) => {
    const key = channelId !== null ? `#${channelId}` : label.trim().toLowerCase();
    if (!label.trim() || seen.has(key)) return;
    seen.add(key);
    out.push({ channelId, label: label.trim(), fromPersonas });
  };
  if (personaIds.length > 0) {
    const platforms = sql<[string], { channel_id: number | null; label: string; name: string | null }>(
      db,
      `SELECT pp.channel_id, pp.label, c.name FROM persona_platforms pp
         LEFT JOIN audit_channels c ON c.id = pp.channel_id
        WHERE pp.persona_id IN (SELECT value FROM json_each(?))
        ORDER BY pp.persona_id, pp.position, pp.id`,
    ).all(JSON.stringify(personaIds));
    for (const p of platforms) push(p.channel_id, p.name ?? p.label, true);
  }
  const channels = sql<[], { id: number; name: string }>(db, 'SELECT id, name FROM audit_channels WHERE enabled = 1 ORDER BY position, id').all();
  for (const c of channels) push(c.id, c.name, false);
  return out;
}
