import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { openTestEngagement } from '../helpers/callApi';

async function setup() {
  return openTestEngagement(new Date(2026, 2, 15, 10, 0));
}

describe('personas', () => {
  test('fields, traits, platforms from the audit and free ones, photo', async () => {
    const { c, engagementId } = await setup();
    const instagram = (await c.call('audit:get', { engagementId })).find((ch) => ch.network === 'instagram')!;
    let p = await c.call('persona:create', { engagementId, persona: { name: 'Claire', ageRange: '35–44 ans', job: 'Architecte d’intérieur', journeyStage: 'consideration' } });
    p = await c.call('persona:update', { engagementId, id: p.id, patch: { quote: 'Je veux voir la matière avant d’acheter.', importance: 'secondary' } });
    p = await c.call('persona:addTrait', { engagementId, personaId: p.id, kind: 'goal', text: 'Trouver un artisan fiable' });
    p = await c.call('persona:addTrait', { engagementId, personaId: p.id, kind: 'frustration', text: 'Délais flous' });
    p = await c.call('persona:updateTrait', { engagementId, id: p.traits[1]!.id, patch: { kind: 'objection' } });
    p = await c.call('persona:addPlatform', { engagementId, personaId: p.id, channelId: instagram.id });
    p = await c.call('persona:addPlatform', { engagementId, personaId: p.id, channelId: instagram.id });
    p = await c.call('persona:addPlatform', { engagementId, personaId: p.id, channelId: null, label: 'Salon Maison & Objet' });
    expect(await c.refused('persona:addPlatform', { engagementId, personaId: p.id, channelId: null, label: ' ' })).toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect(p).toMatchObject({ ageRange: '35–44 ans', importance: 'secondary', journeyStage: 'consideration' });
    expect(p.traits.map((t) => `${t.kind}:${t.text}`)).toEqual(['goal:Trouver un artisan fiable', 'objection:Délais flous']);
    expect(p.platforms.map((x) => [x.channelId, x.label])).toEqual([[instagram.id, 'Réseaux sociaux — Instagram'], [null, 'Salon Maison & Objet']]);
    const photo = await sharp({ create: { width: 600, height: 600, channels: 3, background: '#c96' } }).png().toBuffer();
    p = await c.call('persona:setPhoto', { engagementId, id: p.id, data: photo.toString('base64') });
    expect(p.photoImageId).not.toBeNull();
    const image = await c.call('image:get', { engagementId, id: p.photoImageId! });
    expect(image).toMatchObject({ mime: 'image/png', width: 600, altText: 'Claire' });
    p = await c.call('persona:setPhoto', { engagementId, id: p.id, data: null });
    expect(p.photoImageId).toBeNull();
    expect(await c.refused('image:get', { engagementId, id: image.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('duplicate copies fields, traits and platforms under a new name; links to objectives and actions', async () => {
    const { c, engagementId } = await setup();
    let p = await c.call('persona:create', { engagementId, persona: { name: 'Claire', job: 'Architecte' } });
    p = await c.call('persona:addTrait', { engagementId, personaId: p.id, kind: 'motivation', text: 'Qualité' });
    p = await c.call('persona:addPlatform', { engagementId, personaId: p.id, channelId: null, label: 'Pinterest' });
    const copy = await c.call('persona:duplicate', { engagementId, id: p.id, name: 'Claire (copie)' });
    expect(copy).toMatchObject({ name: 'Claire (copie)', job: 'Architecte', traits: [{ kind: 'motivation', text: 'Qualité' }], platforms: [{ label: 'Pinterest' }] });
    expect(copy.traits[0]!.id).not.toBe(p.traits[0]!.id);
    const objective = await c.call('objective:create', { engagementId, objective: { statement: 'Doubler les demandes de devis' } });
    p = await c.call('persona:setObjectives', { engagementId, id: p.id, ids: [objective.id, objective.id] });
    expect(p.objectiveIds).toEqual([objective.id]);
    expect(await c.refused('persona:setObjectives', { engagementId, id: p.id, ids: [999] })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await c.call('persona:list', { engagementId })).find((x) => x.id === p.id)!.objectiveIds).toEqual([objective.id]);
    const [site] = await c.call('audit:get', { engagementId });
    const withRec = await c.call('audit:addRecommendation', { engagementId, channelId: site!.id, recommendation: { text: 'Devis en ligne' } });
    const { action } = await c.call('audit:recommendationToAction', { engagementId, id: withRec.recommendations[0]!.id });
    p = await c.call('persona:setActions', { engagementId, id: p.id, ids: [action.id] });
    expect(p.actionIds).toEqual([action.id]);
    // One link table: the action editor's side sees the persona chosen from the persona sheet.
    expect((await c.call('action:list', { engagementId })).find((a) => a.id === action.id)!.personaIds).toEqual([p.id]);
    p = await c.call('persona:setActions', { engagementId, id: p.id, ids: [] });
    expect((await c.call('action:list', { engagementId })).find((a) => a.id === action.id)!.personaIds).toEqual([]);
  });

  test('a #persona note feeds a persona; the link to the note is kept', async () => {
    const { c, engagementId } = await setup();
    const { id: sessionId } = await c.call('interview:createSession', { engagementId, session: { title: 'Atelier de cadrage' } });
    const { id: noteId } = await c.call('note:capture', { engagementId, sessionId, text: 'Les prescripteurs veulent des échantillons #persona' });
    await c.call('note:capture', { engagementId, sessionId, text: 'Budget serré cette année #budget' });
    const { id: dropped } = await c.call('note:capture', { engagementId, sessionId, text: 'Note effacée #persona' });
    await c.call('note:delete', { engagementId, id: dropped });
    // Only the live #persona notes are offered on the persona sheet.
    expect(await c.call('persona:taggedNotes', { engagementId })).toEqual([{ id: noteId, body: 'Les prescripteurs veulent des échantillons', sessionTitle: 'Atelier de cadrage' }]);
    let p = await c.call('persona:create', { engagementId, persona: { name: 'Claire' } });
    p = await c.call('persona:feedFromNote', { engagementId, noteId, personaId: p.id, kind: 'goal' });
    expect(p.traits.map((t) => t.text)).toEqual(['Les prescripteurs veulent des échantillons']);
    expect(p.sources).toEqual([expect.objectContaining({ kind: 'note', id: noteId })]);
  });
});
