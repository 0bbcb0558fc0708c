import { describe, expect, test } from 'vitest';
import type { ObjectiveFields } from '../../src/shared/model/objectives';
import { checkSmart, localIsoDate, summariseSmart } from '../../src/shared/smartCheck';

const complete: ObjectiveFields = {
  horizon: 'short',
  statement: 'Générer 30 demandes de devis par mois',
  specific: 'Demandes reçues par le formulaire du site',
  kpiId: 7,
  kpiLabel: '',
  baseline: 8,
  target: 30,
  unit: 'demandes/mois',
  direction: 'increase',
  achievable: 'Campagne locale et page devis refaite',
  realistic: 'Budget publicitaire de 600 € par mois validé',
  deadline: '2026-09-30',
  owner: 'Directrice commerciale',
  ownerStakeholderId: null,
  priority: 'high',
  status: 'active',
};
const TODAY = '2026-03-15';
const codes = (patch: Partial<ObjectiveFields>, today = TODAY) => checkSmart({ ...complete, ...patch }, today).hints.map((h) => h.code);

describe('SMART check', () => {
  test('a complete objective has no hint and all five letters', () => {
    expect(checkSmart(complete, TODAY)).toEqual({ hints: [], letters: { S: true, M: true, A: true, R: true, T: true }, complete: true });
  });

  test('a vague objective is told what is missing, letter by letter', () => {
    const check = checkSmart({ ...complete, statement: 'Être plus visible', specific: '', kpiId: null, baseline: null, target: null, unit: '', achievable: '', realistic: '', deadline: null, owner: '' }, TODAY);
    expect(check.hints.map((h) => h.code)).toEqual([
      'specific_missing', 'no_number', 'kpi_missing', 'baseline_missing', 'target_missing', 'achievable_missing', 'realistic_missing', 'deadline_missing', 'owner_missing',
    ]);
    expect(check.letters).toEqual({ S: false, M: false, A: false, R: false, T: false });
  });

  test('a number in the statement counts as measurable intent, even without a target yet', () => {
    expect(codes({ statement: 'Atteindre 500 abonnés', specific: '', target: null })).not.toContain('no_number');
    expect(codes({ statement: 'Atteindre plus d’abonnés', specific: '', target: null })).toContain('no_number');
  });

  test('target and baseline must agree with the direction', () => {
    expect(codes({ target: 8 })).toEqual(['target_not_above_baseline']);
    expect(codes({ target: 5 })).toEqual(['target_not_above_baseline']);
    expect(codes({ direction: 'decrease', baseline: 42, target: 30 })).toEqual([]);
    expect(codes({ direction: 'decrease', baseline: 42, target: 50 })).toEqual(['target_not_below_baseline']);
    expect(codes({ direction: 'maintain', baseline: 4.5, target: 4.5 })).toEqual([]);
    expect(codes({ direction: 'maintain', baseline: 4.5, target: 4 })).toEqual(['target_differs_for_maintain']);
  });

  test('a past deadline matters only while the objective is open', () => {
    expect(codes({ deadline: '2026-03-14' })).toEqual(['deadline_past']);
    expect(codes({ deadline: '2026-03-15' })).toEqual([]);
    expect(codes({ deadline: '2025-12-31', status: 'achieved' })).toEqual([]);
  });

  test('a target without a unit is flagged; an owner may be a stakeholder', () => {
    expect(codes({ unit: ' ' })).toEqual(['unit_missing']);
    expect(codes({ owner: '', ownerStakeholderId: 3 })).toEqual([]);
  });

  test('the summary counts complete objectives and the most frequent hints', () => {
    const objectives = [
      { horizon: 'short' as const, status: 'active' as const, smart: checkSmart(complete, TODAY) },
      { horizon: 'long' as const, status: 'draft' as const, smart: checkSmart({ ...complete, deadline: null }, TODAY) },
      { horizon: 'long' as const, status: 'dropped' as const, smart: checkSmart({ ...complete, deadline: null, unit: '' }, TODAY) },
    ];
    const summary = summariseSmart(objectives);
    expect(summary).toMatchObject({ total: 3, complete: 1, withHints: 1, byHorizon: { short: 1, medium: 0, long: 2 }, byLetter: { S: 3, M: 2, A: 3, R: 3, T: 1 } });
    expect(summary.topHints).toEqual([{ code: 'deadline_missing', count: 2 }, { code: 'unit_missing', count: 1 }]);
  });

  test('today is the local date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30).getTime())).toBe('2026-01-05');
  });
});
