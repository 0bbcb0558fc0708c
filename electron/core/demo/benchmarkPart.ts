import type Database from 'better-sqlite3';
import { at } from './demoClock';
import { COMPETITOR } from './demoIds';
import { CRITERION } from './auditPart';
import { insertRows } from './insertRows';

const COMPETITORS: { id: number; name: string; website: string; positioning: string; notes: string }[] = [
  {
    id: COMPETITOR.lorand,
    name: 'Maison Lorand Jardin',
    website: 'https://www.maison-lorand.fr',
    positioning:
      'Fabricant bourguignon haut de gamme en teck recyclé et chêne ; vend surtout en direct, en ligne et dans deux showrooms.',
    notes: 'La référence citée par la dirigeante. Prix 15 à 25 % au-dessus des Ateliers Verdier.',
  },
  {
    id: COMPETITOR.boreal,
    name: 'Boréal Outdoor',
    website: 'https://www.boreal-outdoor.com',
    positioning:
      'Pure player de mobilier importé en acacia et aluminium ; prix bas, promotions permanentes, forte pression publicitaire.',
    notes: 'Pas un concurrent sur la qualité, mais capte l’attention des acheteurs au printemps.',
  },
  {
    id: COMPETITOR.quercy,
    name: 'Les Bois de Quercy',
    website: 'https://www.boisdequercy.fr',
    positioning:
      'PME artisanale comparable (30 salariés) ; vente directe lancée en 2023 avec une communauté Instagram très active.',
    notes: 'Le plus proche en taille et en valeurs : bon repère de ce qui est atteignable en deux ans.',
  },
  {
    id: COMPETITOR.terrasse,
    name: 'Terrasse & Compagnie',
    website: 'https://www.terrasse-et-compagnie.fr',
    positioning:
      'Marque propre d’une enseigne de jardineries ; milieu de gamme, retrait en magasin, catalogue très large.',
    notes: 'Également client des Ateliers Verdier pour deux modèles : à traiter avec tact.',
  },
  {
    id: COMPETITOR.cedre,
    name: 'Atelier Cèdre Nordique',
    website: 'https://www.cedre-nordique.fr',
    positioning: 'Spécialiste des terrasses de cafés, hôtels et restaurants ; configurateur en ligne et devis en 24 h.',
    notes: 'Concurrent direct sur le marché professionnel, peu présent auprès des particuliers.',
  },
];

/** Criteria compared with the competitors, in this order, and each competitor's scores (null = not applicable). */
const COMPARED = [
  'siteDesign',
  'siteMobile',
  'sitePurchase',
  'siteSpeed',
  'siteContent',
  'seoBrand',
  'seoGeneric',
  'gbpReviews',
  'igRegularity',
  'igVisual',
  'igEngagement',
  'fbActivity',
  'liPage',
  'liLeaders',
  'emailBase',
];
const SCORES: Record<number, (number | null)[]> = {
  [COMPETITOR.lorand]: [5, 4, 5, 4, 5, 5, 4, 4, 4, 5, 3, 3, 3, 2, 4],
  [COMPETITOR.boreal]: [3, 4, 4, 3, 1, 4, 5, 2, 5, 3, 2, 4, 1, null, 5],
  [COMPETITOR.quercy]: [4, 4, 3, 3, 4, 5, 2, 5, 5, 4, 5, 3, 2, 3, 3],
  [COMPETITOR.terrasse]: [3, 3, 4, 2, 2, 5, 4, 3, 3, 2, 2, 3, 2, 1, 4],
  [COMPETITOR.cedre]: [4, 3, null, 4, 3, 4, 2, 4, 2, 3, 2, 1, 5, 4, 2],
};
const SCORE_NOTES: Record<string, string> = {
  [`${COMPETITOR.lorand}:sitePurchase`]:
    'Livraison offerte dès 1 500 €, paiement en trois fois, date de livraison estimée sur la fiche.',
  [`${COMPETITOR.boreal}:seoGeneric`]:
    'Premières positions sur la plupart des requêtes génériques, avec des pages catégories très fournies.',
  [`${COMPETITOR.boreal}:liLeaders`]: 'Sans objet : marque sans dirigeant visible.',
  [`${COMPETITOR.quercy}:igEngagement`]:
    'Stories d’atelier quotidiennes, sondages, réponses systématiques aux commentaires.',
  [`${COMPETITOR.cedre}:sitePurchase`]: 'Sans objet : pas de vente aux particuliers, devis uniquement.',
  [`${COMPETITOR.cedre}:liPage`]: 'Publications hebdomadaires de chantiers avec les établissements identifiés.',
};

/** [competitor, metric, network, value, unit, period, source]. */
const METRICS: [number, string, string, number, string, string, string][] = [
  [COMPETITOR.lorand, 'Abonnés', 'instagram', 48000, 'abonnés', '', 'Instagram'],
  [COMPETITOR.lorand, 'Trafic estimé', 'web', 62000, 'visites/mois', 'mars 2026', 'Outil d’estimation de trafic'],
  [COMPETITOR.lorand, 'Avis Google', 'google', 412, 'avis', '', 'Google'],
  [COMPETITOR.boreal, 'Abonnés', 'instagram', 126000, 'abonnés', '', 'Instagram'],
  [COMPETITOR.boreal, 'Annonces actives', 'facebook', 84, 'annonces', 'mars 2026', 'Bibliothèque publicitaire Meta'],
  [COMPETITOR.boreal, 'Trafic estimé', 'web', 210000, 'visites/mois', 'mars 2026', 'Outil d’estimation de trafic'],
  [COMPETITOR.quercy, 'Abonnés', 'instagram', 21500, 'abonnés', '', 'Instagram'],
  [COMPETITOR.quercy, 'Taux d’engagement', 'instagram', 5.4, '%', '30 derniers jours', 'Calcul manuel'],
  [COMPETITOR.quercy, 'Trafic estimé', 'web', 15500, 'visites/mois', 'mars 2026', 'Outil d’estimation de trafic'],
  [COMPETITOR.terrasse, 'Abonnés', 'facebook', 88000, 'abonnés', '', 'Facebook'],
  [COMPETITOR.terrasse, 'Note moyenne des avis', 'google', 4.1, '/5', '', 'Google'],
  [COMPETITOR.cedre, 'Abonnés', 'linkedin', 6200, 'abonnés', '', 'LinkedIn'],
  [COMPETITOR.cedre, 'Délai de devis annoncé', 'web', 24, 'heures', '', 'Site du concurrent'],
];

/** [kind, text, competitor or null, fit, judgement]; ids 1…n. */
const LEARNINGS: [
  'good_practice' | 'trend' | 'threat' | 'idea',
  string,
  number | null,
  'fits' | 'adapt' | 'not_for_client' | 'to_assess',
  string,
][] = [
  [
    'good_practice',
    'Date de livraison estimée affichée sur chaque fiche produit',
    COMPETITOR.lorand,
    'fits',
    'Rassure sur le principal frein exprimé ; faisable avec les délais fournis par la production.',
  ],
  [
    'good_practice',
    'Stories d’atelier quotidiennes et réponses à chaque commentaire',
    COMPETITOR.quercy,
    'adapt',
    'Le rythme quotidien est hors de portée ; viser deux stories par semaine tournées par l’équipe.',
  ],
  [
    'good_practice',
    'Configurateur de terrasse et devis professionnel en 24 h',
    COMPETITOR.cedre,
    'adapt',
    'Un configurateur complet est trop coûteux ; un formulaire guidé et un devis en 48 h suffisent.',
  ],
  [
    'threat',
    'Promotions permanentes et publicités massives au printemps',
    COMPETITOR.boreal,
    'not_for_client',
    'Ne pas suivre sur le prix : défendre la durabilité et la fabrication française.',
  ],
  [
    'good_practice',
    'Retrait en magasin partenaire proposé à la commande',
    COMPETITOR.terrasse,
    'fits',
    'Répond à l’inquiétude des revendeurs : la commande en ligne peut passer par eux.',
  ],
  [
    'trend',
    'Essor des contenus « entretien et durabilité » autour du mobilier en bois',
    null,
    'fits',
    'Sujet maîtrisé par l’atelier, bon pour le référencement et la confiance.',
  ],
  [
    'trend',
    'Paiement fractionné généralisé au-delà de 1 000 €',
    null,
    'to_assess',
    'À chiffrer avec la banque et la solution de paiement de la boutique.',
  ],
  [
    'idea',
    'Références de chantiers co-signées avec les paysagistes',
    COMPETITOR.cedre,
    'fits',
    'Valorise les prescripteurs et nourrit LinkedIn et Instagram.',
  ],
];

export const LEARNING = {
  deliveryDate: 1,
  stories: 2,
  quoteForm: 3,
  clickCollect: 5,
  maintenance: 6,
  caseStudies: 8,
} as const;

export function seedBenchmark(db: Database.Database): void {
  const created = at('2026-02-24 14:00');
  insertRows(
    db,
    'competitors',
    COMPETITORS.map((competitor, index) => ({
      ...competitor,
      logo_image_id: null,
      position: index + 1,
      created_at: created,
    })),
  );
  insertRows(
    db,
    'benchmark_scores',
    COMPETITORS.flatMap((competitor) =>
      COMPARED.map((key, index) => {
        const score = SCORES[competitor.id]?.[index] ?? null;
        const criterion = CRITERION[key];
        if (criterion === undefined) throw new Error(`demo criterion ${key} missing`);
        return {
          competitor_id: competitor.id,
          criterion_id: criterion,
          score,
          not_applicable: score === null ? 1 : 0,
          note: SCORE_NOTES[`${competitor.id}:${key}`] ?? '',
          observed_on: '2026-03-03',
        };
      }),
    ),
  );
  insertRows(
    db,
    'competitor_metrics',
    METRICS.map(([competitor, metric, network, value, unit, period, source], index) => ({
      id: index + 1,
      competitor_id: competitor,
      metric,
      network,
      value,
      unit,
      period,
      observed_on: '2026-03-03',
      source,
    })),
  );
  insertRows(
    db,
    'benchmark_learnings',
    LEARNINGS.map(([kind, text, competitor, fit, judgement], index) => ({
      id: index + 1,
      kind,
      text,
      competitor_id: competitor,
      fit,
      judgement,
      position: index + 1,
    })),
  );
}
