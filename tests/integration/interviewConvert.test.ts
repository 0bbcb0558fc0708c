import { afterEach, describe, expect, test } from 'vitest';
import { createTestClient, type TestClient } from '../helpers/callApi';

let client: TestClient | undefined;
afterEach(() => client?.close());

async function setup() {
  client = createTestClient();
  const { engagementId, path } = await client.call('engagement:create', { clientName: 'Cave Lefort' });
  const { id: sessionId } = await client.call('interview:createSession', { engagementId, session: { title: 'Entretien gérant' } });
  const note = async (text: string) => (await client!.call('note:capture', { engagementId, sessionId, text })).id;
  return { c: client, engagementId, path, sessionId, note };
}

describe('notes become items, and both sides show the link', () => {
  test('each conversion kind creates its item linked to its source note', async () => {
    const { c, engagementId, sessionId, note } = await setup();
    const goal = await note('Doubler les commandes en ligne d’ici la fin de l’année #objectif');
    const rival = await note('Le Comptoir des Vignes rafle les recherches locales #concurrent');
    const trait = await note('Les restaurateurs veulent commander le soir, après le service #persona');
    const risk = await note('Le seul vendeur part à la retraite en septembre #risque');
    const need = await note('Refaire les fiches produit avec les accords mets-vins #besoin');

    const objective = await c.call('note:convert', { engagementId, noteIds: [goal], into: 'objective', horizon: 'medium' });
    const competitor = await c.call('note:convert', { engagementId, noteIds: [rival], into: 'competitor', title: 'Le Comptoir des Vignes' });
    const personaTrait = await c.call('note:convert', { engagementId, noteIds: [trait], into: 'persona_trait', personaName: 'Le restaurateur pressé', traitKind: 'frustration' });
    const riskItem = await c.call('note:convert', { engagementId, noteIds: [risk], into: 'risk' });
    const action = await c.call('note:convert', { engagementId, noteIds: [need], into: 'action' });

    expect(objective).toMatchObject({ kind: 'objective', label: 'Doubler les commandes en ligne d’ici la fin de l’année' });
    expect(competitor).toMatchObject({ kind: 'competitor', label: 'Le Comptoir des Vignes' });
    expect(personaTrait.label).toBe('Le restaurateur pressé — Les restaurateurs veulent commander le soir, après le service');
    expect(riskItem.kind).toBe('risk');
    expect(action.kind).toBe('action');

    // The note's side: what it became.
    const { notes } = await c.call('note:list', { engagementId, sessionId });
    expect(notes.map((n) => n.became.map((b) => b.kind))).toEqual([['objective'], ['competitor'], ['persona_trait'], ['risk'], ['action']]);
    // The item's side: where it came from.
    const [listed] = await c.call('objective:list', { engagementId });
    expect(listed).toMatchObject({ horizon: 'medium', status: 'draft', sources: [{ kind: 'note', id: goal }] });
    for (const item of [competitor, personaTrait, riskItem, action]) {
      const trace = await c.call('trace:item', { engagementId, kind: item.kind, id: item.id });
      expect(trace.from).toHaveLength(1);
      expect(trace.from[0]!.kind).toBe('note');
    }
  });

  test('several notes feed one objective; a deleted note hides its link until restored; deleting the item drops the links', async () => {
    const { c, engagementId, note } = await setup();
    const first = await note('Gagner des clients professionnels #objectif');
    const second = await note('Viser 40 restaurants clients réguliers #objectif');
    const third = await note('Ils commandent surtout en fin de semaine');
    const objective = await c.call('note:convert', { engagementId, noteIds: [first, second], into: 'objective', title: 'Atteindre 40 restaurants clients' });
    await c.call('note:link', { engagementId, noteId: third, item: { kind: 'objective', id: objective.id } });
    let [listed] = await c.call('objective:list', { engagementId });
    expect(listed!.sources.map((s) => s.id)).toEqual([first, second, third]);

    await c.call('note:delete', { engagementId, id: second });
    [listed] = await c.call('objective:list', { engagementId });
    expect(listed!.sources.map((s) => s.id)).toEqual([first, third]);
    await c.call('note:restore', { engagementId, id: second });
    const unlinked = await c.call('note:unlink', { engagementId, noteId: third, item: { kind: 'objective', id: objective.id } });
    expect(unlinked.became).toEqual([]);
    [listed] = await c.call('objective:list', { engagementId });
    expect(listed!.sources.map((s) => s.id)).toEqual([first, second]);

    await c.call('objective:delete', { engagementId, id: objective.id });
    const trace = await c.call('trace:item', { engagementId, kind: 'note', id: first });
    expect(trace.to).toEqual([]);
    expect(await c.refused('note:link', { engagementId, noteId: first, item: { kind: 'objective', id: objective.id } })).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('links survive closing and reopening the file', async () => {
    const { c, engagementId, path, note } = await setup();
    const n = await note('Le Caviste Moderne a une boutique en ligne soignée #concurrent');
    await c.call('note:convert', { engagementId, noteIds: [n], into: 'competitor' });
    await c.call('engagement:close', { engagementId });
    const reopened = await c.call('engagement:open', { path });
    const trace = await c.call('trace:item', { engagementId: reopened.engagementId, kind: 'note', id: n });
    expect(trace.to).toMatchObject([{ kind: 'competitor', label: 'Le Caviste Moderne a une boutique en ligne soignée' }]);
  });
});

describe('minutes (compte-rendu)', () => {
  test('decisions, needs and next steps, covered questions with their notes, and what came out of the session', async () => {
    const { c, engagementId, sessionId } = await setup();
    const detail = await c.call('interview:getSession', { engagementId, id: sessionId });
    const question = detail.guide!.sections[1]!.questions[2]!;
    await c.call('interview:setCoverage', { engagementId, sessionId, questionId: question.id, covered: true });
    await c.call('note:capture', { engagementId, sessionId, text: 'Instagram tenu par la fille du gérant, sans rythme', questionId: question.id });
    await c.call('note:capture', { engagementId, sessionId, text: 'On garde le site actuel jusqu’à l’été #decision' });
    await c.call('note:capture', { engagementId, sessionId, text: 'Un outil pour prendre les commandes des restaurants #besoin' });
    const next = await c.call('note:capture', { engagementId, sessionId, text: 'Envoyer les accès Google Analytics #suite' });
    await c.call('note:convert', { engagementId, noteIds: [next.id], into: 'action' });

    const minutes = await c.call('interview:minutes', { engagementId, sessionId });
    expect(minutes.decisions.map((n) => n.body)).toEqual(['On garde le site actuel jusqu’à l’été']);
    expect(minutes.needs.map((n) => n.body)).toEqual(['Un outil pour prendre les commandes des restaurants']);
    expect(minutes.nextSteps.map((n) => n.body)).toEqual(['Envoyer les accès Google Analytics']);
    expect(minutes.coverage).toEqual([
      { section: detail.guide!.sections[1]!.title, questions: [{ text: question.text, covered: true, notes: [expect.objectContaining({ body: 'Instagram tenu par la fille du gérant, sans rythme' })] }] },
    ]);
    expect(minutes.outcomes).toMatchObject([{ kind: 'action', label: 'Envoyer les accès Google Analytics' }]);
  });
});
