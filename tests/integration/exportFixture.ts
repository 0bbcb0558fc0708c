import path from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { createEngagementFile } from '../../electron/core/store/engagementFile';

const T = 1_790_000_000_000;

/** A small but complete engagement, through SQL, for the export tests (the demo engagement is richer). */
export async function makeExportFixture(dir: string, hostile?: (text: string) => string): Promise<string> {
  const file = path.join(dir, 'Fixture.orchestre');
  const h = hostile ?? ((text: string) => text);
  createEngagementFile(file, { title: h('Stratégie digitale 2027'), clientName: h('Boulangerie Martin'), deliverableLang: 'fr' }, undefined, T);
  const photo = await sharp({ create: { width: 900, height: 900, channels: 3, background: '#8aa1b1' } }).jpeg().toBuffer();
  const logo = await sharp({ create: { width: 400, height: 160, channels: 4, background: '#c8553d' } }).png().toBuffer();
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  const run = (text: string, ...params: unknown[]) => db.prepare(text).run(...params);
  db.transaction(() => {
    run(`INSERT INTO images (id, sha256, mime, width, height, byte_size, data, created_at) VALUES (1, 'a', 'image/jpeg', 900, 900, ?, ?, ?)`, photo.length, photo, T);
    run(`INSERT INTO images (id, sha256, mime, width, height, byte_size, data, created_at) VALUES (2, 'b', 'image/png', 400, 160, ?, ?, ?)`, logo.length, logo, T);
    run(`UPDATE engagement SET client_sector = ?, client_city = 'Lyon', context = ?, start_date = '2026-09-01', end_date = '2027-06-30',
         budget_envelope_cents = 4500000, client_logo_image_id = 2, confidentiality = ?`,
      h('Boulangerie artisanale'), h('La boulangerie veut développer la commande en ligne : priorité au site et à Instagram !'), h('Confidentiel — diffusion restreinte'));
    run(`INSERT INTO stakeholders (id, name, role, side, is_approver, created_at) VALUES (1, ?, 'Gérante', 'client', 1, ?)`, h('Claire Martin'), T);
    run(`INSERT INTO interview_guides (id, title, created_at) VALUES (1, 'Guide', ?)`, T);
    run(`INSERT INTO guide_sections (id, guide_id, title) VALUES (1, 1, 'Activité')`);
    run(`INSERT INTO guide_questions (id, section_id, text) VALUES (1, 1, ?)`, h('Quels sont vos objectifs ?'));
    run(`INSERT INTO interview_sessions (id, title, held_on, duration_minutes, mode, location, summary, created_at, updated_at) VALUES (1, ?, '2026-09-10', 90, 'onsite', 'Lyon', ?, ?, ?)`,
      h('Entretien de cadrage'), h('Un échange riche sur la stratégie « omnicanale ».'), T, T);
    run(`INSERT INTO session_participants (session_id, stakeholder_id) VALUES (1, 1)`);
    const notes: [string, string][] = [['Vendre en ligne les gâteaux de fête', 'need'], ['On lance le site en janvier', 'decision'], ['Envoyer le devis', 'next_step'], ['Budget limité à 45 k€', 'budget'], ['Pas de personnel dédié', 'constraint']];
    notes.forEach(([body, tag], i) => {
      run(`INSERT INTO notes (id, session_id, body, question_id, position, captured_at, updated_at) VALUES (?, 1, ?, 1, ?, ?, ?)`, i + 1, h(body), i, T, T);
      run(`INSERT INTO note_tags (note_id, tag) VALUES (?, ?)`, i + 1, tag);
    });
    run(`INSERT INTO objectives (id, horizon, statement, kpi_label, baseline, target, unit, deadline, owner, created_at, updated_at) VALUES (1, 'short', ?, ?, 0, 120, 'commandes/mois', '2027-03-31', 'Claire', ?, ?)`, h('Atteindre 120 commandes en ligne par mois'), h('Commandes en ligne'), T, T);
    run(`INSERT INTO kpi_measurements (objective_id, value, measured_on, created_at) VALUES (1, 20, '2026-11-30', ?), (1, 55, '2026-12-31', ?)`, T, T);
    run(`INSERT INTO item_links (source_kind, source_id, target_kind, target_id, created_at) VALUES ('note', 1, 'objective', 1, ?)`, T);
    const channels = ['Site web', 'Instagram', 'Facebook', 'Google Business'];
    channels.forEach((name, i) => {
      run(`INSERT INTO audit_channels (id, name, position, summary) VALUES (?, ?, ?, ?)`, i + 1, h(name), i, h(`Présence ${name} : à renforcer.`));
      run(`INSERT INTO audit_criteria (id, channel_id, label, score, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?)`, i + 1, i + 1, h('Qualité des contenus'), (i % 4) + 1, h('Photos peu mises en valeur'), T);
      run(`INSERT INTO audit_findings (channel_id, kind, text) VALUES (?, 'strength', ?), (?, 'improvement', ?)`, i + 1, h('Bonne notoriété locale'), i + 1, h('Publier plus souvent'));
      run(`INSERT INTO recommendations (channel_id, text, impact, effort, priority) VALUES (?, ?, 3, 2, 'high')`, i + 1, h(`Refondre ${name}`));
    });
    run(`INSERT INTO audit_images (channel_id, image_id, caption) VALUES (1, 1, ?)`, h("Page d'accueil"));
    run(`INSERT INTO swot_items (quadrant, text) VALUES ('strength', ?), ('weakness', ?), ('opportunity', ?), ('threat', ?)`, h('Produits reconnus'), h('Site daté'), h('Click & collect'), h('Chaînes industrielles'));
    run(`INSERT INTO competitors (id, name, positioning, created_at) VALUES (1, ?, ?, ?), (2, 'Maison Dupont', 'Premium', ?)`, h('Paul'), h('Chaîne nationale'), T, T);
    for (let c = 1; c <= 2; c++) for (let k = 1; k <= 4; k++) run(`INSERT INTO benchmark_scores (competitor_id, criterion_id, score) VALUES (?, ?, ?)`, c, k, ((c + k) % 5) + 1);
    run(`INSERT INTO benchmark_learnings (kind, text, competitor_id, fit) VALUES ('good_practice', ?, 1, 'fits')`, h('Commande en ligne en 3 clics'));
    run(`INSERT INTO personas (id, name, photo_image_id, age_range, job, quote, bio, created_at, updated_at) VALUES (1, ?, 1, '35-45 ans', 'Cadre', ?, ?, ?, ?)`, h('Sophie, maman active'), h('Je commande le soir, après le coucher des enfants.'), h('Vit en centre-ville.'), T, T);
    run(`INSERT INTO persona_traits (persona_id, kind, text) VALUES (1, 'goal', ?), (1, 'frustration', ?)`, h('Gagner du temps'), h('Files d’attente'));
    run(`INSERT INTO phases (id, name, position, start_date, end_date) VALUES (1, ?, 0, '2026-10-01', '2026-12-31'), (2, 'Déploiement', 1, '2027-01-01', '2027-06-30')`, h('Fondations'));
    run(`INSERT INTO providers (id, company, skills, created_at) VALUES (1, ?, 'Web', ?)`, h('Atelier Pixel'), T);
    const actions: [string, number, string, string, number][] = [['Refonte du site', 1, '2026-10-01', '2026-12-15', 1800000], ['Calendrier éditorial Instagram', 1, '2026-10-15', '2026-11-30', 300000], ['Lancement click & collect', 2, '2027-01-10', '2027-02-28', 900000]];
    actions.forEach(([title, phase, start, end, budget], i) => {
      run(`INSERT INTO actions (id, title, description, phase_id, provider_id, start_date, end_date, budget_planned_cents, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`, i + 1, h(title), h('Description détaillée de l’action.'), phase, start, end, budget, T, T);
      run(`INSERT INTO action_objectives (action_id, objective_id) VALUES (?, 1)`, i + 1);
    });
    run(`INSERT INTO plan_approvals (status, submitted_on, decided_by, decided_on, comment, created_at) VALUES ('approved', '2026-09-25', ?, '2026-09-30', ?, ?)`, h('Claire Martin'), h('Validé avec enthousiasme !'), T);
    run(`INSERT INTO risks (title, mitigation, created_at, updated_at) VALUES (?, ?, ?, ?)`, h('Retard du prestataire'), h('Jalons mensuels'), T, T);
  })();
  db.close();
  return file;
}
