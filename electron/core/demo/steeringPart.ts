import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { at } from './demoClock';
import { PROVIDER as V } from './demoIds';
import { insertRows } from './insertRows';
import { ACTION } from './planPart';

/** Quotes (two competing for the redesign), plan approvals, risks and the export history. */
export function seedSteering(db: Database.Database): void {
  insertRows(db, 'quotes', [
    {
      id: 1,
      action_id: ACTION.redesign,
      provider_id: V.pixelLoire,
      amount_cents: 1_840_000,
      received_on: '2026-03-06',
      valid_until: '2026-04-30',
      notes:
        'Shopify, 14 gabarits, espace Professionnels, formation de deux demi-journées, maintenance trois mois incluse.',
      file_ref: 'Devis Pixel Loire 2026-031.pdf',
      is_selected: 1,
      created_at: at('2026-03-06 16:20'),
    },
    {
      id: 2,
      action_id: ACTION.redesign,
      provider_id: V.referenceOuest,
      amount_cents: 2_190_000,
      received_on: '2026-03-10',
      valid_until: '2026-05-10',
      notes: 'WooCommerce sur mesure, référencement inclus ; délai annoncé de quatre mois, trop long pour la saison.',
      file_ref: 'Devis Référence Ouest D-2026-118.pdf',
      is_selected: 0,
      created_at: at('2026-03-10 11:05'),
    },
    {
      id: 3,
      action_id: ACTION.photos,
      provider_id: V.lumiere,
      amount_cents: 480_000,
      received_on: '2026-03-24',
      valid_until: '2026-04-24',
      notes: 'Deux jours de prise de vue, retouches, droits d’usage illimités pour le web et l’imprimé.',
      file_ref: 'Devis Lumière d’Anjou 26-014.pdf',
      is_selected: 1,
      created_at: at('2026-03-24 18:40'),
    },
    {
      id: 4,
      action_id: ACTION.ads,
      provider_id: V.referenceOuest,
      amount_cents: 650_000,
      received_on: '2026-04-20',
      valid_until: '2026-05-31',
      notes: 'Frais de gestion 1 500 € et budget média 5 000 € de juin à septembre.',
      file_ref: 'Devis Référence Ouest D-2026-163.pdf',
      is_selected: 1,
      created_at: at('2026-04-20 09:30'),
    },
  ]);

  const snapshot = (version: string, planned: number) =>
    JSON.stringify({
      version,
      actions: 21,
      plannedBudgetCents: planned * 100,
      envelopeCents: 4_800_000,
      phases: ['Fondations', 'Lancement de la boutique', 'Accélération professionnelle', 'Fidélisation et bilan'],
    });
  insertRows(db, 'plan_approvals', [
    {
      id: 1,
      status: 'changes_requested',
      submitted_on: '2026-04-02',
      decided_by: 'Hélène Verdier',
      decided_on: '2026-04-07',
      comment: 'Retirer le jeu-concours et garder une marge sous l’enveloppe ; préciser le rôle des revendeurs.',
      snapshot_json: snapshot('v1', 48_900),
      created_at: at('2026-04-02 10:00'),
    },
    {
      id: 2,
      status: 'approved',
      submitted_on: '2026-04-10',
      decided_by: 'Hélène Verdier',
      decided_on: '2026-04-14',
      comment: 'Plan validé en comité. Point d’étape mensuel sur les indicateurs.',
      snapshot_json: snapshot('v2', 47_500),
      created_at: at('2026-04-10 09:15'),
    },
  ]);

  insertRows(db, 'risks', [
    {
      id: 1,
      title: 'Réaction négative des enseignes nationales',
      description: 'Une enseigne réduit ses commandes en jugeant la boutique concurrente.',
      probability: 3,
      impact: 5,
      mitigation: 'Prix publics identiques, retrait via les revendeurs, annonce faite aux enseignes avant l’ouverture.',
      owner: 'Sandrine Lebrun',
      status: 'open',
      position: 1,
      created_at: at('2026-02-19 10:30'),
      updated_at: at('2026-06-22 11:00'),
    },
    {
      id: 2,
      title: 'Retard de la boutique après la saison',
      description: 'Une ouverture après juin reporterait l’essentiel des ventes à 2027.',
      probability: 3,
      impact: 4,
      mitigation: 'Périmètre réduit pour la première version, jalons hebdomadaires avec l’agence.',
      owner: 'Claire Dumas',
      status: 'closed',
      position: 2,
      created_at: at('2026-02-19 10:30'),
      updated_at: at('2026-05-28 09:00'),
    },
    {
      id: 3,
      title: 'Manque de temps interne pour les contenus',
      description: 'Le responsable marketing ne peut pas tenir seul le rythme éditorial.',
      probability: 4,
      impact: 3,
      mitigation: 'Rédaction externalisée, banque d’images issue du shooting, calendrier trimestriel.',
      owner: 'Julien Moreau',
      status: 'mitigated',
      position: 3,
      created_at: at('2026-02-19 10:30'),
      updated_at: at('2026-04-20 15:00'),
    },
    {
      id: 4,
      title: 'Coûts de livraison sous-estimés',
      description: 'Le transport des pièces lourdes grève la marge des commandes en ligne.',
      probability: 3,
      impact: 3,
      mitigation: 'Grille de livraison par zone, seuil de livraison offerte à 2 500 €.',
      owner: 'Thomas Verdier',
      status: 'occurred',
      position: 4,
      created_at: at('2026-03-12 14:00'),
      updated_at: at('2026-06-15 17:30'),
    },
    {
      id: 5,
      title: 'Délais de devis professionnels trop longs',
      description: 'Sans outil, les demandes venues du site restent sans réponse plusieurs jours.',
      probability: 4,
      impact: 4,
      mitigation: 'Formulaire guidé, modèles de devis, alerte et objectif de réponse sous 48 h.',
      owner: 'Sandrine Lebrun',
      status: 'open',
      position: 5,
      created_at: at('2026-02-19 10:30'),
      updated_at: at('2026-06-22 11:00'),
    },
    {
      id: 6,
      title: 'Dépendance à un seul prestataire web',
      description: 'L’agence concentre le savoir sur la boutique.',
      probability: 2,
      impact: 3,
      mitigation: 'Documentation remise à la livraison, accès administrateur détenus par l’entreprise.',
      owner: 'Claire Dumas',
      status: 'mitigated',
      position: 6,
      created_at: at('2026-03-16 11:00'),
      updated_at: at('2026-05-27 10:00'),
    },
  ]);

  // The interview minutes were sent once; the hash is the sent file's (fixed for the demo).
  const contentHash = crypto
    .createHash('sha256')
    .update('Les Ateliers Verdier, compte-rendu des entretiens, v1')
    .digest('hex');
  insertRows(db, 'exports', [
    {
      id: 1,
      deliverable: 'interview',
      version: 1,
      lang: 'fr',
      file_name: 'Les Ateliers Verdier - Compte-rendu des entretiens v1.docx',
      content_hash: contentHash,
      byte_size: 48_212,
      profile_id: 'default',
      created_at: at('2026-02-16 18:05'),
      sent_at: at('2026-02-17 08:45'),
      sent_content_json: JSON.stringify({
        sessions: [1, 2],
        notes: 40,
        sentTo: ['Hélène Verdier', 'Julien Moreau', 'Sandrine Lebrun'],
      }),
    },
  ]);
}
