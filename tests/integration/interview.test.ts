import { afterEach, describe, expect, test } from 'vitest';
import { createTestClient, type TestClient } from '../helpers/callApi';

let client: TestClient | undefined;
afterEach(() => client?.close());

async function setup(lang: 'fr' | 'en' = 'fr') {
  client = createTestClient();
  const { engagementId, path } = await client.call('engagement:create', { clientName: 'Fromagerie Vasseur', deliverableLang: lang });
  const session = await client.call('interview:createSession', { engagementId, session: { title: 'Entretien direction', heldOn: '2026-03-12', mode: 'onsite' } });
  return { c: client, engagementId, path, sessionId: session.id, session };
}

describe('discovery guide', () => {
  test('a new engagement has the default guide in its language: company, project, person × past, present, future', async () => {
    const { c, engagementId, session } = await setup();
    const [guide] = await c.call('guide:list', { engagementId });
    expect(session.guideId).toBe(guide!.id);
    expect(guide!.lang).toBe('fr');
    expect(guide!.sections.map((s) => s.title.split(' — ')[0])).toEqual([
      'L’entreprise', 'L’entreprise', 'L’entreprise', 'Le projet', 'Le projet', 'Le projet', 'La personne', 'La personne', 'La personne',
    ]);
    const subjects = new Set(guide!.sections.flatMap((s) => s.questions.map((q) => q.hint)));
    for (const subject of ['Contexte et historique', 'Objectifs business', 'Cibles et clients', 'Présence digitale', 'Concurrents', 'Budget', 'Délais', 'Contraintes', 'Processus de décision', 'Critères de succès']) {
      expect(subjects, subject).toContain(subject);
    }
    const en = await setup('en');
    const [enGuide] = await en.c.call('guide:list', { engagementId: en.engagementId });
    expect(enGuide!.lang).toBe('en');
    expect(enGuide!.sections.flatMap((s) => s.questions)).toHaveLength(guide!.sections.flatMap((s) => s.questions).length);
  });

  test('the guide is edited in the engagement and saved as an app-level template another engagement starts from', async () => {
    const { c, engagementId } = await setup();
    const [guide] = await c.call('guide:list', { engagementId });
    const section = guide!.sections[0]!;
    const added = await c.call('guide:addQuestion', { engagementId, sectionId: section.id, text: 'Quels salons professionnels fréquentez-vous ?', hint: 'Cibles et clients' });
    expect(added.sections[0]!.questions.at(-1)!.text).toBe('Quels salons professionnels fréquentez-vous ?');
    const renamed = await c.call('guide:updateQuestion', { engagementId, id: section.questions[0]!.id, patch: { text: 'Racontez-nous la naissance de la fromagerie.' } });
    expect(renamed.sections[0]!.questions[0]!.text).toBe('Racontez-nous la naissance de la fromagerie.');
    const edited = await c.call('guide:deleteQuestion', { engagementId, id: section.questions[1]!.id });
    expect(edited.sections[0]!.questions.map((q) => q.text)).toEqual(['Racontez-nous la naissance de la fromagerie.', 'Quels salons professionnels fréquentez-vous ?']);

    const saved = await c.call('guideTemplate:save', { engagementId, guideId: guide!.id, name: 'Découverte commerce de bouche' });
    const list = await c.call('guideTemplate:list', {});
    expect(list.map((t) => t.id)).toEqual(['builtin-discovery-fr', 'builtin-discovery-en', saved.id]);
    const again = await c.call('guideTemplate:save', { engagementId, guideId: guide!.id, name: 'Découverte commerce de bouche' });
    expect(again.id).toBe(saved.id);

    const other = await c.call('engagement:create', { clientName: 'Épicerie Roux' });
    const copy = await c.call('guide:fromTemplate', { engagementId: other.engagementId, templateId: saved.id });
    expect(copy.sections[0]!.questions.map((q) => q.text)).toContain('Quels salons professionnels fréquentez-vous ?');
    expect(await c.call('guideTemplate:delete', { id: saved.id })).toEqual({ deleted: true });
  });
});

describe('live capture', () => {
  test('a typed note is saved with its inline tags (FR and EN aliases), timestamped, in order', async () => {
    const { c, engagementId, sessionId } = await setup();
    const a = await c.call('note:capture', { engagementId, sessionId, text: 'Le site ne génère presque aucune demande de devis #besoin #objectif' });
    const b = await c.call('note:capture', { engagementId, sessionId, text: 'Salon de Rungis en octobre #délai #Deadline' });
    const d = await c.call('note:capture', { engagementId, sessionId, text: 'Ouvrir la vente en ligne aux restaurateurs #goal #hashtagInconnu' });
    expect(a).toMatchObject({ body: 'Le site ne génère presque aucune demande de devis', tags: ['need', 'objective'] });
    expect(b).toMatchObject({ body: 'Salon de Rungis en octobre', tags: ['deadline'] });
    expect(d).toMatchObject({ body: 'Ouvrir la vente en ligne aux restaurateurs #hashtagInconnu', tags: ['objective'] });
    expect(a.capturedAt).toBeGreaterThan(0);
    expect(b.position).toBeGreaterThan(a.position);
  });

  test('the draft is kept until the note is saved, which clears it in the same transaction', async () => {
    const { c, engagementId, sessionId } = await setup();
    await c.call('interview:saveDraft', { engagementId, sessionId, draft: 'Le gérant hésite entre' });
    expect((await c.call('interview:getSession', { engagementId, id: sessionId })).session.captureDraft).toBe('Le gérant hésite entre');
    await c.call('note:capture', { engagementId, sessionId, text: 'Le gérant hésite entre deux agences', clearDraft: true });
    expect((await c.call('interview:getSession', { engagementId, id: sessionId })).session.captureDraft).toBe('');
  });

  test('edit, tag shortcut, reorder, delete and undo', async () => {
    const { c, engagementId, sessionId } = await setup();
    const ids: number[] = [];
    for (const text of ['un', 'deux', 'trois', 'quatre']) ids.push((await c.call('note:capture', { engagementId, sessionId, text })).id);
    const edited = await c.call('note:update', { engagementId, id: ids[1]!, patch: { body: 'deux, corrigé #risque' } });
    expect(edited).toMatchObject({ body: 'deux, corrigé', tags: ['risk'] });
    expect((await c.call('note:tag', { engagementId, id: ids[1]!, tag: 'decision', on: true })).tags).toEqual(['risk', 'decision']);
    expect((await c.call('note:tag', { engagementId, id: ids[1]!, tag: 'risk', on: false })).tags).toEqual(['decision']);

    await c.call('note:move', { engagementId, id: ids[3]!, afterId: null });
    await c.call('note:move', { engagementId, id: ids[0]!, afterId: ids[2]! });
    const order = async () => (await c.call('note:list', { engagementId, sessionId })).notes.map((n) => n.body);
    expect(await order()).toEqual(['quatre', 'deux, corrigé', 'trois', 'un']);

    await c.call('note:delete', { engagementId, id: ids[2]! });
    expect(await order()).toEqual(['quatre', 'deux, corrigé', 'un']);
    const restored = await c.call('note:restore', { engagementId, id: ids[2]! });
    expect(restored.body).toBe('trois');
    expect(await order()).toEqual(['quatre', 'deux, corrigé', 'trois', 'un']);
    expect(await c.refused('note:restore', { engagementId, id: ids[2]! })).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('many quick notes stay well under a frame each', async () => {
    const { c, engagementId, sessionId } = await setup();
    const started = performance.now();
    for (let i = 0; i < 100; i += 1) await c.call('note:capture', { engagementId, sessionId, text: `Remarque ${i} #idee` });
    const perNote = (performance.now() - started) / 100;
    // Each note is one synchronous-FULL transaction (an fsync); tmpfs or SSD keeps that to a few ms.
    expect(perNote).toBeLessThan(50);
  });

  test('empty notes and unknown tags are refused naming the field', async () => {
    const { c, engagementId, sessionId } = await setup();
    expect(await c.refused('note:capture', { engagementId, sessionId, text: '   ' })).toMatchObject({ code: 'INVALID_PAYLOAD', params: { field: 'text' } });
    expect(await c.refused('note:tag', { engagementId, id: 1, tag: 'urgent', on: true })).toMatchObject({ code: 'INVALID_PAYLOAD', params: { field: 'tag' } });
  });
});

describe('filters, coverage and participants', () => {
  test('filter by tag, question and text (accents folded), with counts per tag', async () => {
    const { c, engagementId, sessionId } = await setup();
    const detail = await c.call('interview:getSession', { engagementId, id: sessionId });
    const question = detail.guide!.sections[4]!.questions[1]!; // budget
    await c.call('note:capture', { engagementId, sessionId, text: 'Enveloppe de 18 000 € sur l’année #budget', questionId: question.id });
    await c.call('note:capture', { engagementId, sessionId, text: 'Le réseau des crémiers partenaires est fidèle #besoin' });
    await c.call('note:capture', { engagementId, sessionId, text: 'Budget photo à prévoir #budget #idee' });
    await c.call('note:capture', { engagementId, sessionId, text: 'Pas de décision avant le conseil de juin #decision' });

    const byTag = await c.call('note:list', { engagementId, sessionId, filter: { tags: ['budget'] } });
    expect(byTag.notes.map((n) => n.body)).toEqual(['Enveloppe de 18 000 € sur l’année', 'Budget photo à prévoir']);
    expect(byTag.total).toBe(4);
    expect(byTag.tagCounts).toMatchObject({ budget: 2, need: 1, idea: 1, decision: 1, risk: 0 });
    expect((await c.call('note:list', { engagementId, sessionId, filter: { tags: ['budget', 'idea'] } })).notes).toHaveLength(1);
    expect((await c.call('note:list', { engagementId, sessionId, filter: { questionId: question.id } })).notes).toHaveLength(1);
    expect((await c.call('note:list', { engagementId, sessionId, filter: { questionId: 'none' } })).notes).toHaveLength(3);
    expect(byTag.questionCounts).toEqual({ [question.id]: 1 });
    expect((await c.call('note:list', { engagementId, sessionId, filter: { text: 'reseau cremiers' } })).notes.map((n) => n.body)).toEqual([
      'Le réseau des crémiers partenaires est fidèle',
    ]);
    expect((await c.call('note:list', { engagementId, sessionId, filter: { text: 'decis' } })).notes).toHaveLength(1);
    expect((await c.call('note:list', { engagementId, sessionId, filter: { text: '"); DROP --' } })).notes).toHaveLength(0);
  });

  test('questions are ticked as covered; participants come from stakeholders or are typed', async () => {
    const { c, engagementId, sessionId } = await setup();
    const detail = await c.call('interview:getSession', { engagementId, id: sessionId });
    const [q1, q2] = detail.guide!.sections[0]!.questions;
    expect(await c.call('interview:setCoverage', { engagementId, sessionId, questionId: q1!.id, covered: true })).toEqual([q1!.id]);
    await c.call('interview:setCoverage', { engagementId, sessionId, questionId: q2!.id, covered: true });
    expect(await c.call('interview:setCoverage', { engagementId, sessionId, questionId: q1!.id, covered: false })).toEqual([q2!.id]);

    const boss = await c.call('stakeholder:create', { engagementId, stakeholder: { name: 'Hélène Vasseur', role: 'Gérante' } });
    const people = await c.call('interview:setParticipants', {
      engagementId,
      sessionId,
      participants: [
        { stakeholderId: boss.id, name: '', role: '' },
        { stakeholderId: null, name: 'Karim Benali', role: 'Responsable boutique' },
      ],
    });
    expect(people.map((p) => [p.name, p.role])).toEqual([['Hélène Vasseur', 'Gérante'], ['Karim Benali', 'Responsable boutique']]);
    const sessions = await c.call('interview:listSessions', { engagementId });
    expect(sessions[0]).toMatchObject({ title: 'Entretien direction', participantNames: ['Hélène Vasseur', 'Karim Benali'] });
  });
});
