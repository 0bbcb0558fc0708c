import { describe, expect, test } from 'vitest';
import { openTestEngagement } from '../helpers/callApi';

async function setup() {
  const { c: client, engagementId } = await openTestEngagement(new Date(2026, 2, 15, 10, 0));
  const db = () => client.services.sessions.get(engagementId).file.db;
  return { c: client, engagementId, db };
}

describe('undo and redo of an engagement’s edits', () => {
  test('a field update, then a deletion with its cascade and links, undone and redone in order', async () => {
    const { c, engagementId, db } = await setup();
    const objective = await c.call('objective:create', { engagementId, objective: { statement: 'Doubler les devis' } });
    await c.call('objective:update', { engagementId, id: objective.id, patch: { statement: 'Tripler les devis en ligne' } });
    let persona = await c.call('persona:create', { engagementId, persona: { name: 'Claire', job: 'Architecte' } });
    persona = await c.call('persona:addTrait', { engagementId, personaId: persona.id, kind: 'goal', text: 'Trouver un artisan fiable' });
    await c.call('persona:setObjectives', { engagementId, id: persona.id, ids: [objective.id] });
    expect(await c.call('undo:state', { engagementId })).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'persona:setObjectives' });

    await c.call('persona:delete', { engagementId, id: persona.id });
    expect(await c.call('persona:list', { engagementId })).toEqual([]);
    expect((await c.call('search:engagement', { engagementId, query: 'artisan' })).total).toBe(0);

    // Undo the deletion: the persona, its trait and its link come back with their ids; search sees them.
    expect(await c.call('undo:undo', { engagementId })).toMatchObject({ reverted: 'persona:delete', canRedo: true, redoLabel: 'persona:delete' });
    const back = await c.call('persona:list', { engagementId });
    expect(back).toMatchObject([
      { id: persona.id, name: 'Claire', job: 'Architecte', traits: [{ id: persona.traits[0]!.id, text: 'Trouver un artisan fiable' }], objectiveIds: [objective.id] },
    ]);
    expect((await c.call('search:engagement', { engagementId, query: 'artisan' })).total).toBe(1);

    // Undo further back: the link, the trait, the persona's creation, then the statement's edit.
    await c.call('undo:undo', { engagementId }); // setObjectives
    await c.call('undo:undo', { engagementId }); // addTrait
    expect((await c.call('persona:list', { engagementId }))[0]!.traits).toEqual([]);
    await c.call('undo:undo', { engagementId }); // persona:create
    expect(await c.call('persona:list', { engagementId })).toEqual([]);
    expect(await c.call('undo:undo', { engagementId })).toMatchObject({ reverted: 'objective:update' });
    expect((await c.call('objective:list', { engagementId }))[0]!.statement).toBe('Doubler les devis');

    // Redo all of it, in order.
    for (const label of ['objective:update', 'persona:create', 'persona:addTrait', 'persona:setObjectives', 'persona:delete']) {
      expect((await c.call('undo:redo', { engagementId })).reverted).toBe(label);
    }
    expect((await c.call('objective:list', { engagementId }))[0]!.statement).toBe('Tripler les devis en ligne');
    expect(await c.call('persona:list', { engagementId })).toEqual([]);
    expect(await c.call('undo:redo', { engagementId })).toMatchObject({ reverted: null, canRedo: false });
    expect(db().pragma('foreign_key_check')).toEqual([]);
    expect(db().pragma('integrity_check', { simple: true })).toBe('ok');
  });

  test('notes: capture and deletion undone; a new edit clears what could be redone', async () => {
    const { c, engagementId } = await setup();
    const session = await c.call('interview:createSession', { engagementId, session: { title: 'Entretien' } });
    const note = await c.call('note:capture', { engagementId, sessionId: session.id, text: 'Le catalogue papier coûte cher #budget' });
    await c.call('note:delete', { engagementId, id: note.id });
    expect((await c.call('note:list', { engagementId, sessionId: session.id })).total).toBe(0);
    await c.call('undo:undo', { engagementId });
    const list = await c.call('note:list', { engagementId, sessionId: session.id });
    expect(list.notes).toMatchObject([{ id: note.id, body: 'Le catalogue papier coûte cher', tags: ['budget'] }]);
    await c.call('undo:undo', { engagementId });
    expect((await c.call('note:list', { engagementId, sessionId: session.id })).total).toBe(0);
    expect((await c.call('undo:state', { engagementId })).canRedo).toBe(true);
    await c.call('note:capture', { engagementId, sessionId: session.id, text: 'Autre chose' });
    expect(await c.call('undo:state', { engagementId })).toMatchObject({ canRedo: false, undoLabel: 'note:capture' });
  });

  test('a draft saved while typing is not an edit: not undone, and not reverted with an earlier edit of the same row', async () => {
    const { c, engagementId } = await setup();
    const session = await c.call('interview:createSession', { engagementId, session: { title: 'Entretien' } });
    await c.call('interview:updateSession', { engagementId, id: session.id, patch: { location: 'Angers' } });
    await c.call('interview:saveDraft', { engagementId, sessionId: session.id, draft: 'en cours de fr' });
    expect((await c.call('undo:state', { engagementId })).undoLabel).toBe('interview:updateSession');
    await c.call('undo:undo', { engagementId });
    const detail = await c.call('interview:getSession', { engagementId, id: session.id });
    expect(detail.session.location).toBe('');
    expect(detail.session.captureDraft).toBe('en cours de fr');
  });

  test('an undone action creation never gives its id again; nothing to undo says so', async () => {
    const { c, engagementId } = await setup();
    expect(await c.call('undo:undo', { engagementId })).toMatchObject({ reverted: null, canUndo: false });
    const first = await c.call('action:create', { engagementId, action: { title: 'Refonte du site' } });
    await c.call('undo:undo', { engagementId });
    const second = await c.call('action:create', { engagementId, action: { title: 'Newsletter' } });
    expect(second.id).toBeGreaterThan(first.id);
    // Closing the engagement forgets its history.
    const file = c.services.sessions.get(engagementId).file.path;
    await c.call('engagement:close', { engagementId });
    const reopened = await c.call('engagement:open', { path: file });
    expect(await c.call('undo:state', { engagementId: reopened.engagementId })).toMatchObject({ canUndo: false, canRedo: false });
  });
});
