import type Database from 'better-sqlite3';
import { at } from './demoClock';
import { PHASE, PROVIDER as V } from './demoIds';
import { ACTIONS_AFTER_LAUNCH } from './actionsAfterLaunch';
import { ACTIONS_UNTIL_LAUNCH } from './actionsUntilLaunch';
import { insertRows } from './insertRows';
import type { DemoAction, Status } from './planActionTypes';

/** The action plan; ids are 1…n in this order. */
const ACTIONS: DemoAction[] = [...ACTIONS_UNTIL_LAUNCH, ...ACTIONS_AFTER_LAUNCH];

export const ACTION = {
  plan: 1,
  tracking: 2,
  photos: 3,
  redesign: 4,
  atelierPage: 5,
  shopOpening: 6,
  reviews: 7,
  ads: 8,
  meta: 9,
  instagram: 10,
  seo: 11,
  clickCollect: 12,
  quoteForm: 14,
  linkedin: 15,
  caseStudies: 16,
  newsletter: 18,
} as const;

export function seedPlan(db: Database.Database): void {
  insertRows(db, 'phases', [
    { id: PHASE.foundations, name: 'Fondations', position: 1, start_date: '2026-03-01', end_date: '2026-05-31' },
    {
      id: PHASE.shopLaunch,
      name: 'Lancement de la boutique',
      position: 2,
      start_date: '2026-05-15',
      end_date: '2026-09-30',
    },
    {
      id: PHASE.b2b,
      name: 'Accélération professionnelle',
      position: 3,
      start_date: '2026-09-01',
      end_date: '2026-12-31',
    },
    { id: PHASE.loyalty, name: 'Fidélisation et bilan', position: 4, start_date: '2027-01-01', end_date: '2027-06-30' },
  ]);
  const created = at('2026-03-05 09:00');
  insertRows(db, 'providers', [
    {
      id: V.pixelLoire,
      company: 'Atelier Pixel Loire',
      contact_name: 'Karim Benali',
      email: 'karim@pixel-loire.fr',
      phone: '02 41 00 77 08',
      website: 'https://www.pixel-loire.fr',
      skills: 'Sites Shopify et WordPress, ergonomie, intégrations ERP',
      notes: 'Agence angevine de 12 personnes ; références dans l’ameublement.',
      created_at: created,
    },
    {
      id: V.lumiere,
      company: 'Lumière d’Anjou Studio',
      contact_name: 'Émilie Roux',
      email: 'emilie@lumiere-anjou.fr',
      phone: '06 33 00 19 62',
      website: 'https://www.lumiere-anjou.fr',
      skills: 'Photo produit, photo d’ambiance, vidéo courte',
      notes: 'Disponible au printemps si réservation avant fin mars.',
      created_at: created,
    },
    {
      id: V.referenceOuest,
      company: 'Référence Ouest',
      contact_name: 'Nicolas Girard',
      email: 'n.girard@reference-ouest.fr',
      phone: '02 40 00 35 90',
      website: 'https://www.reference-ouest.fr',
      skills: 'Référencement naturel, Google Ads, Meta Ads, mesure d’audience, sites web',
      notes: 'Certifiée Google Partner ; reporting mensuel inclus.',
      created_at: created,
    },
    {
      id: V.plume,
      company: 'Plume & Sillon',
      contact_name: 'Léa Fontaine',
      email: 'lea@plume-sillon.fr',
      phone: '06 52 00 81 27',
      website: 'https://www.plume-sillon.fr',
      skills: 'Rédaction web, gestion des réseaux sociaux, newsletters',
      notes: 'Rédactrice indépendante, spécialisée maison et jardin.',
      created_at: created,
    },
  ]);

  const kanban = new Map<Status, number>();
  insertRows(
    db,
    'actions',
    ACTIONS.map((action, index) => {
      const column = (kanban.get(action.status) ?? 0) + 1;
      kanban.set(action.status, column);
      return {
        id: index + 1,
        title: action.title,
        description: action.description,
        channel_id: action.channel,
        channel_label: '',
        phase_id: action.phase,
        owner_kind: action.owner[0],
        owner_name: action.owner[1],
        provider_id: action.provider ?? null,
        start_date: action.dates[0],
        end_date: action.dates[1],
        is_milestone: action.milestone ? 1 : 0,
        budget_planned_cents: action.budget[0] * 100,
        budget_actual_cents: action.budget[1] * 100,
        status: action.status,
        priority: action.priority,
        kpi_label: action.kpi?.[0] ?? '',
        kpi_target: action.kpi?.[1] ?? null,
        kpi_actual: action.kpi?.[2] ?? null,
        position: index + 1,
        kanban_position: column,
        created_at: created,
        updated_at: at('2026-06-29 18:00'),
      };
    }),
  );
  insertRows(
    db,
    'action_objectives',
    ACTIONS.flatMap((action, index) =>
      action.objectives.map((objective) => ({ action_id: index + 1, objective_id: objective })),
    ),
  );
  insertRows(
    db,
    'action_personas',
    ACTIONS.flatMap((action, index) =>
      action.personas.map((persona) => ({ action_id: index + 1, persona_id: persona })),
    ),
  );
  insertRows(
    db,
    'action_dependencies',
    ACTIONS.flatMap((action, index) =>
      (action.dependsOn ?? []).map((prerequisite) => ({ action_id: index + 1, depends_on_id: prerequisite })),
    ),
  );
}
