import type Database from 'better-sqlite3';
import { CHANNEL, IMAGE } from './demoIds';
import { CRITERION } from './auditPart';
import { insertRows } from './insertRows';

const C = CHANNEL;

/** [channel, 'strength' | 'improvement', text]; ids 1…n. */
const FINDINGS: [number, 'strength' | 'improvement', string][] = [
  [C.website, 'strength', 'Nom de domaine ancien et bien référencé sur la marque.'],
  [C.website, 'strength', 'Catalogue complet avec dimensions et essences de bois.'],
  [C.website, 'improvement', 'Aucun moyen d’acheter ni de demander un devis en ligne.'],
  [C.website, 'improvement', 'Affichage mobile défaillant alors que 62 % des visites viennent d’un téléphone.'],
  [C.website, 'improvement', 'Savoir-faire et fabrication française peu racontés.'],
  [C.seo, 'strength', 'Marque bien positionnée sur son nom.'],
  [C.seo, 'improvement', 'Invisible sur les recherches produit génériques.'],
  [C.googleProfile, 'strength', 'Note moyenne de 4,6 sur 5.'],
  [C.googleProfile, 'improvement', 'Avis sans réponse, y compris les deux avis négatifs.'],
  [C.ads, 'improvement', 'Aucun suivi des conversions : les résultats de 2024 ne sont pas exploitables.'],
  [C.instagram, 'strength', 'Photos d’atelier authentiques qui plaisent à la communauté.'],
  [C.instagram, 'improvement', 'Publication irrégulière, silence complet l’hiver.'],
  [C.facebook, 'improvement', 'Messages privés traités avec des semaines de retard.'],
  [C.linkedin, 'improvement', 'Page vide alors que les prescripteurs professionnels y sont.'],
  [C.pinterest, 'improvement', 'Produits visibles via des revendeurs, sans lien vers la marque.'],
  [C.emailing, 'improvement', 'Aucune base de contacts particuliers ; cartes de garantie non exploitées.'],
  [C.marketplaces, 'improvement', 'Prix et fiches produits non maîtrisés sur la place de marché.'],
];

export const FINDING = {
  noPurchase: 3,
  mobile: 4,
  story: 5,
  generic: 7,
  reviews: 9,
  tracking: 10,
  irregular: 12,
  linkedinEmpty: 14,
  noBase: 16,
} as const;

/** [channel, text, detail, impact 1–3, effort 1–3, priority, suggested owner]; ids 1…n. */
const RECOMMENDATIONS: [number, string, string, number, number, 'high' | 'medium' | 'low', string][] = [
  [
    C.website,
    'Refondre le site avec une boutique et un espace Professionnels',
    'Shopify, gabarits adaptés au mobile, fiches produits enrichies, parcours de demande de devis en trois étapes.',
    3,
    3,
    'high',
    'Agence web',
  ],
  [
    C.website,
    'Raconter la fabrication dans une page « L’atelier »',
    'Photos et courte vidéo de l’atelier, essences, séchage, assemblages ; preuve de la fabrication angevine.',
    2,
    1,
    'medium',
    'Julien Moreau',
  ],
  [
    C.seo,
    'Construire un plan de contenus sur les requêtes produit',
    'Douze articles et guides (entretien du bois, choisir un salon de jardin…), pages par essence et par usage.',
    3,
    2,
    'high',
    'Rédactrice',
  ],
  [
    C.seo,
    'Corriger les fondamentaux techniques à la refonte',
    'Plan de redirections, sitemap, balises uniques, compression des images.',
    2,
    1,
    'high',
    'Agence web',
  ],
  [
    C.googleProfile,
    'Répondre à tous les avis et en solliciter après chaque livraison',
    'Réponses sous 72 h ; message automatique de demande d’avis deux semaines après la livraison.',
    2,
    1,
    'high',
    'Julien Moreau',
  ],
  [
    C.ads,
    'Relancer Google Ads avec un suivi complet des conversions',
    'Campagnes Shopping et Recherche limitées à l’Ouest, budget de printemps, tableau de bord mensuel.',
    3,
    2,
    'high',
    'Agence SEA',
  ],
  [
    C.instagram,
    'Tenir une ligne éditoriale de trois publications par semaine',
    'Calendrier trimestriel : atelier, ambiances, chantiers de paysagistes, conseils d’entretien.',
    2,
    2,
    'medium',
    'Rédactrice',
  ],
  [
    C.facebook,
    'Utiliser Facebook pour la publicité régionale et les messages',
    'Réponse aux messages sous 48 h, campagnes locales autour des jardineries partenaires.',
    2,
    1,
    'medium',
    'Julien Moreau',
  ],
  [
    C.linkedin,
    'Animer LinkedIn pour les professionnels',
    'Références de chantiers, fiches techniques, prise de parole de la dirigeante une fois par mois.',
    3,
    2,
    'high',
    'Sandrine Lebrun',
  ],
  [
    C.pinterest,
    'Ouvrir un compte Pinterest relié au catalogue',
    'Tableaux par ambiance, épingles produits synchronisées avec la boutique.',
    1,
    1,
    'low',
    'Rédactrice',
  ],
  [
    C.emailing,
    'Constituer une base clients et lancer une newsletter saisonnière',
    'Inscription à la boutique, saisie des cartes de garantie, quatre envois par an.',
    2,
    2,
    'medium',
    'Julien Moreau',
  ],
  [
    C.marketplaces,
    'Reprendre la main sur les fiches produits des revendeurs',
    'Fiches et photos officielles fournies aux revendeurs, charte de prix rappelée.',
    1,
    1,
    'low',
    'Sandrine Lebrun',
  ],
];

export const RECOMMENDATION = {
  redesign: 1,
  atelierPage: 2,
  contentPlan: 3,
  technical: 4,
  reviews: 5,
  ads: 6,
  editorial: 7,
  linkedin: 9,
  newsletter: 11,
} as const;

/** [channel, label, value, unit, read on, source]. */
const METRICS: [number, string, number | null, string, string, string][] = [
  [C.website, 'Visites mensuelles', 2800, 'visites', '2026-02-28', 'Google Analytics'],
  [C.website, 'Part mobile', 62, '%', '2026-02-28', 'Google Analytics'],
  [C.website, 'Taux de rebond', 71, '%', '2026-02-28', 'Google Analytics'],
  [C.website, 'Score PageSpeed mobile', 31, '/100', '2026-03-02', 'PageSpeed Insights'],
  [C.seo, 'Mots-clés dans le top 100', 14, 'mots-clés', '2026-03-02', 'Outil de suivi SEO'],
  [C.seo, 'Domaines référents', 38, 'domaines', '2026-03-02', 'Outil de suivi SEO'],
  [C.googleProfile, 'Avis Google', 31, 'avis', '2026-03-03', 'Google Business Profile'],
  [C.googleProfile, 'Note moyenne', 4.6, '/5', '2026-03-03', 'Google Business Profile'],
  [C.ads, 'Coût par contact (2024)', 50, '€', '2024-06-30', 'Relevé interne'],
  [C.instagram, 'Abonnés', 1900, 'abonnés', '2026-03-03', 'Instagram'],
  [C.instagram, 'Taux d’engagement', 3.1, '%', '2026-03-03', 'Instagram'],
  [C.facebook, 'Abonnés', 2400, 'abonnés', '2026-03-03', 'Facebook'],
  [C.linkedin, 'Abonnés', 310, 'abonnés', '2026-03-03', 'LinkedIn'],
  [C.pinterest, 'Épingles tierces montrant les produits', 40, 'épingles', '2026-03-03', 'Recherche Pinterest'],
  [C.emailing, 'Contacts particuliers', 0, 'contacts', '2026-03-03', 'Relevé interne'],
  [C.marketplaces, 'Produits listés par des revendeurs', 7, 'produits', '2026-03-03', 'Relevé manuel'],
  [C.marketplaces, 'Écart de prix maximal', null, '%', '2026-03-03', 'À mesurer'],
];

/** [quadrant, text, origin finding id or null, hidden]. */
const SWOT: ['strength' | 'weakness' | 'opportunity' | 'threat', string, number | null, boolean][] = [
  ['strength', 'Fabrication française en bois durable, savoir-faire de 45 ans', null, false],
  ['strength', 'Note de 4,6 sur 5 sur Google', 8, false],
  ['strength', 'Photos d’atelier authentiques, appréciées sur Instagram', 11, false],
  ['strength', 'Réseau de 140 jardineries indépendantes', null, false],
  ['weakness', 'Aucune vente ni demande de devis en ligne', FINDING.noPurchase, false],
  ['weakness', 'Site inadapté au mobile', FINDING.mobile, false],
  ['weakness', 'Un seul responsable marketing, à temps partiel sur le digital', null, false],
  ['weakness', 'Aucune donnée sur les clients finaux', FINDING.noBase, false],
  ['opportunity', 'Demande croissante de mobilier durable et fabriqué en France', null, false],
  ['opportunity', 'Paysagistes et restaurateurs cherchent des fournisseurs réactifs', null, false],
  ['opportunity', 'Pinterest et Instagram comme vitrines d’aménagement extérieur', null, false],
  ['threat', 'Importateurs à bas prix très présents en publicité', null, false],
  ['threat', 'Enseignes nationales susceptibles de réduire leurs commandes', null, false],
  ['threat', 'Hausse du prix du chêne', null, true],
];

export function seedAuditFindings(db: Database.Database): void {
  insertRows(
    db,
    'audit_findings',
    FINDINGS.map(([channel, kind, text], index) => ({
      id: index + 1,
      channel_id: channel,
      kind,
      text,
      position: index + 1,
    })),
  );
  insertRows(
    db,
    'recommendations',
    RECOMMENDATIONS.map(([channel, text, detail, impact, effort, priority, owner], index) => ({
      id: index + 1,
      channel_id: channel,
      text,
      detail,
      impact,
      effort,
      priority,
      suggested_owner: owner,
      position: index + 1,
    })),
  );
  insertRows(
    db,
    'channel_metrics',
    METRICS.map(([channel, label, value, unit, readOn, source], index) => ({
      id: index + 1,
      channel_id: channel,
      label,
      value,
      unit,
      read_on: readOn,
      source,
      position: index + 1,
    })),
  );
  insertRows(
    db,
    'swot_items',
    SWOT.map(([quadrant, text, finding, hidden], index) => ({
      id: index + 1,
      quadrant,
      text,
      origin: finding === null ? 'manual' : 'audit',
      finding_id: finding,
      hidden: hidden ? 1 : 0,
      position: index + 1,
    })),
  );
  insertRows(db, 'audit_images', [
    {
      id: 1,
      channel_id: C.website,
      criterion_id: CRITERION.siteDesign ?? null,
      image_id: IMAGE.homeShot,
      caption: 'Page d’accueil du site actuel (mars 2026) : aucun bouton d’achat.',
      position: 1,
    },
    {
      id: 2,
      channel_id: C.website,
      criterion_id: CRITERION.siteMobile ?? null,
      image_id: IMAGE.mobileShot,
      caption: 'Fiche du salon Loire sur téléphone : menu et prix coupés.',
      position: 2,
    },
    {
      id: 3,
      channel_id: C.instagram,
      criterion_id: CRITERION.igVisual ?? null,
      image_id: IMAGE.instagramShot,
      caption: 'Profil Instagram @ateliersverdier : belles photos d’atelier, peu de produits en situation.',
      position: 1,
    },
  ]);
}
