import { describe, expect, test } from 'vitest';
import { clientNames, DEFAULT_FILTER, visibleEngagements, type ListFilter } from '../../src/features/home/engagementList';
import { engagementPhase } from '../../src/shared/engagementPhase';
import type { EngagementCounts } from '../../src/shared/model/engagement';
import type { RecentEngagement } from '../../src/shared/model/workspace';

const DAY = 86_400_000;
function entry(clientName: string, fields: Partial<RecentEngagement> = {}): RecentEngagement {
  return {
    path: `/docs/${clientName}.orchestre`,
    clientName,
    title: 'Stratégie digitale',
    lastOpenedAt: 10 * DAY,
    createdAt: DAY,
    progress: 0,
    phase: 'start',
    archived: false,
    exists: true,
    ...fields,
  };
}

const list = [
  entry('Élodie Fleurs', { lastOpenedAt: 5 * DAY, createdAt: 3 * DAY, phase: 'plan' }),
  entry('atelier Bois', { lastOpenedAt: 9 * DAY, createdAt: 1 * DAY, phase: 'framing', title: 'Refonte du site' }),
  entry('Garage Leroy', { lastOpenedAt: 7 * DAY, createdAt: 2 * DAY, archived: true, phase: 'delivery' }),
  entry('Boulangerie Martin', { lastOpenedAt: 8 * DAY, createdAt: 4 * DAY }),
];
const names = (filter: Partial<ListFilter>) => visibleEngagements(list, { ...DEFAULT_FILTER, ...filter }, 'fr').map((e) => e.clientName);

describe('the home screen list', () => {
  test('archived engagements only show under « Archivées »', () => {
    expect(names({})).not.toContain('Garage Leroy');
    expect(names({ archived: true })).toEqual(['Garage Leroy']);
  });

  test('sorts by last opened, client (French collation, case and accents ignored), stage, created', () => {
    expect(names({})).toEqual(['atelier Bois', 'Boulangerie Martin', 'Élodie Fleurs']);
    expect(names({ sort: 'client' })).toEqual(['atelier Bois', 'Boulangerie Martin', 'Élodie Fleurs']);
    expect(names({ sort: 'phase' })).toEqual(['Boulangerie Martin', 'atelier Bois', 'Élodie Fleurs']);
    expect(names({ sort: 'created' })).toEqual(['Boulangerie Martin', 'Élodie Fleurs', 'atelier Bois']);
  });

  test('filters by text (accents folded, every word), client and stage', () => {
    expect(names({ text: 'elodie' })).toEqual(['Élodie Fleurs']);
    expect(names({ text: 'refonte bois' })).toEqual(['atelier Bois']);
    expect(names({ text: 'refonte martin' })).toEqual([]);
    expect(names({ client: 'Boulangerie Martin' })).toEqual(['Boulangerie Martin']);
    expect(names({ phase: 'plan' })).toEqual(['Élodie Fleurs']);
  });

  test('the client filter lists each client once, alphabetically', () => {
    expect(clientNames([...list, entry('Garage Leroy', { path: '/other.orchestre' })], 'fr')).toEqual([
      'atelier Bois',
      'Boulangerie Martin',
      'Élodie Fleurs',
      'Garage Leroy',
    ]);
  });

  test('500 engagements filter and sort in well under a frame budget', () => {
    const many = Array.from({ length: 500 }, (_, i) => entry(`Client ${i}`, { lastOpenedAt: i, archived: i % 7 === 0 }));
    const started = performance.now();
    const shown = visibleEngagements(many, { ...DEFAULT_FILTER, text: 'client 4', sort: 'client' }, 'fr');
    expect(performance.now() - started).toBeLessThan(50);
    expect(shown.length).toBeGreaterThan(50);
  });
});

describe('the stage of an engagement', () => {
  const none: EngagementCounts = {
    interviewSessions: 0, notes: 0, objectives: 0, auditChannelsScored: 0, auditChannels: 8,
    competitors: 0, personas: 0, actions: 0, actionsDone: 0, risks: 0, exports: 0,
  };
  test.each([
    [{}, 'start'],
    [{ interviewSessions: 1 }, 'framing'],
    [{ notes: 3, objectives: 2 }, 'framing'],
    [{ notes: 3, personas: 1 }, 'analysis'],
    [{ auditChannelsScored: 2 }, 'analysis'],
    [{ actions: 4, competitors: 2 }, 'plan'],
    [{ actions: 4, exports: 1 }, 'delivery'],
  ] as const)('%j → %s', (counts, phase) => {
    expect(engagementPhase({ ...none, ...counts })).toBe(phase);
  });
});
