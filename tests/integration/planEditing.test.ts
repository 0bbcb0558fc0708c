import { describe, expect, test } from 'vitest';
import { openTestEngagement } from '../helpers/callApi';

async function setup() {
  return openTestEngagement(new Date(2026, 3, 15, 10, 0));
}

/** Providers, phases and risks are edited and deleted by a stated rule, not only added. */
describe('plan: editing providers, phases and risks', () => {
  test('a provider is renamed; deleting one that carries actions is refused, then allowed once reassigned, its quotes with it', async () => {
    const { c, engagementId } = await setup();
    const provider = await c.call('provider:create', { engagementId, provider: { company: 'Studio Nord' } });
    const renamed = await c.call('provider:update', { engagementId, id: provider.id, patch: { company: 'Studio Nord & Fils', skills: 'photo, vidéo' } });
    expect(renamed).toMatchObject({ company: 'Studio Nord & Fils', skills: 'photo, vidéo' });
    const action = await c.call('action:create', { engagementId, action: { title: 'Shooting produits' } });
    const quote = await c.call('quote:create', { engagementId, actionId: action.id, quote: { providerId: provider.id, amountCents: 480_000 } });
    await c.call('quote:select', { engagementId, id: quote.id });
    expect(await c.refused('provider:delete', { engagementId, id: provider.id })).toMatchObject({ code: 'INVALID_PAYLOAD', params: { carriedActions: 1 } });
    expect(await c.call('quote:list', { engagementId, actionId: null })).toHaveLength(1);
    await c.call('action:update', { engagementId, id: action.id, patch: { ownerKind: 'consultant', providerId: null } });
    expect(await c.call('provider:delete', { engagementId, id: provider.id })).toEqual({ deleted: true });
    expect(await c.call('quote:list', { engagementId, actionId: null })).toEqual([]);
    // The action stays, with its planned budget.
    expect(await c.call('action:get', { engagementId, id: action.id })).toMatchObject({ providerId: null, budgetPlannedCents: 480_000 });
  });

  test('a phase is renamed and dated; deleting it leaves its actions in the plan without a phase', async () => {
    const { c, engagementId } = await setup();
    const phase = await c.call('phase:create', { engagementId, phase: { name: 'Lot 1' } });
    expect(await c.call('phase:update', { engagementId, id: phase.id, patch: { name: 'Fondations', startDate: '2026-05-01', endDate: '2026-06-30' } })).toMatchObject({ name: 'Fondations', startDate: '2026-05-01' });
    const action = await c.call('action:create', { engagementId, action: { title: 'Charte éditoriale', phaseId: phase.id } });
    expect(await c.call('phase:delete', { engagementId, id: phase.id })).toEqual({ deleted: true });
    expect(await c.call('action:get', { engagementId, id: action.id })).toMatchObject({ phaseId: null, phaseName: '' });
    expect(await c.call('phase:list', { engagementId })).toEqual([]);
  });

  test('a risk is edited (score follows) and deleted', async () => {
    const { c, engagementId } = await setup();
    const risk = await c.call('risk:create', { engagementId, risk: { title: 'Retard du prestataire vidéo' } });
    const edited = await c.call('risk:update', { engagementId, id: risk.id, patch: { probability: 4, impact: 5, mitigation: 'Deux devis', owner: 'Hélène', status: 'mitigated' } });
    expect(edited).toMatchObject({ score: 20, mitigation: 'Deux devis', status: 'mitigated' });
    expect(await c.refused('risk:update', { engagementId, id: risk.id, patch: { probability: 6 } })).toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect(await c.call('risk:delete', { engagementId, id: risk.id })).toEqual({ deleted: true });
    expect(await c.call('risk:list', { engagementId })).toEqual([]);
  });
});
