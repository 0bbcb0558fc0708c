import { CHANNEL } from './demoIds';
import type { Channel } from './auditTypes';

/** Audit of the social networks, emailing and marketplaces (March 2026). */
export const SOCIAL_CHANNELS: Channel[] = [
  {
    id: CHANNEL.instagram,
    code: 'instagram',
    name: 'Instagram',
    network: 'instagram',
    summary: 'Le canal le plus vivant, porté par de belles photos d’atelier, mais irrégulier et sans ligne éditoriale.',
    criteria: [
      [
        'igRegularity',
        'Régularité de publication',
        2,
        'Deux publications par mois en moyenne, aucune entre novembre et février.',
        'https://www.instagram.com/ateliersverdier',
        '24 publications en 12 mois',
      ],
      [
        'igVisual',
        'Qualité visuelle',
        3,
        'Belles images de l’atelier, mais produits rarement montrés dans un vrai jardin.',
        '',
        '',
      ],
      [
        'igEngagement',
        'Engagement de la communauté',
        3,
        'Taux d’engagement correct pour un petit compte ; questions en commentaires sans réponse.',
        '',
        '1 900 abonnés, engagement 3,1 %',
      ],
      ['', 'Achat depuis Instagram', 'na', 'Sans objet sans catalogue en ligne.', '', ''],
    ],
  },
  {
    id: CHANNEL.facebook,
    code: 'facebook',
    name: 'Facebook',
    network: 'facebook',
    summary: 'Page reprise automatiquement d’Instagram ; audience plus âgée, utile pour la publicité régionale.',
    criteria: [
      [
        'fbActivity',
        'Activité de la page',
        2,
        'Publications copiées d’Instagram, sans adaptation ni lien vers le site.',
        'https://www.facebook.com/ateliersverdier',
        '2 400 abonnés',
      ],
      [
        '',
        'Réactivité aux messages',
        1,
        'Messages privés traités avec plusieurs semaines de retard.',
        '',
        'Temps de réponse affiché : quelques semaines',
      ],
      ['', 'Publicité ciblée', 'na', 'Aucune campagne à ce jour.', '', ''],
    ],
  },
  {
    id: CHANNEL.linkedin,
    code: 'linkedin',
    name: 'LinkedIn',
    network: 'linkedin',
    summary: 'Page entreprise créée mais vide ; c’est pourtant là que se trouvent les décideurs professionnels ciblés.',
    criteria: [
      [
        'liPage',
        'Page entreprise',
        1,
        'Page créée en 2020, logo flou, trois publications au total.',
        'https://www.linkedin.com/company/ateliers-verdier',
        '310 abonnés',
      ],
      [
        'liLeaders',
        'Présence des dirigeants',
        1,
        'Hélène Verdier a un profil mais ne publie pas ; Sandrine Lebrun est active dans des groupes.',
        '',
        '',
      ],
      ['', 'Contenus pour les professionnels', 0, 'Ni référence de chantier, ni fiche technique partagée.', '', ''],
    ],
  },
  {
    id: CHANNEL.pinterest,
    code: 'pinterest',
    name: 'Pinterest',
    network: 'pinterest',
    summary:
      'Canal absent alors que l’aménagement de jardin y est une catégorie majeure ; des épingles de revendeurs montrent déjà les produits.',
    criteria: [
      [
        '',
        'Compte et tableaux',
        0,
        'Aucun compte ; 40 épingles de jardineries montrent des produits Verdier sans lien vers la marque.',
        '',
        '40 épingles tierces',
      ],
      ['', 'Épingles produits', 'na', 'Sans objet sans catalogue en ligne.', '', ''],
    ],
  },
  {
    id: CHANNEL.emailing,
    code: 'emailing',
    name: 'Emailing et newsletter',
    network: 'email',
    summary: 'Aucune base de contacts particuliers ; une liste de revendeurs utilisée pour les tarifs annuels.',
    criteria: [
      [
        'emailBase',
        'Base de contacts',
        1,
        'Fichier de 160 revendeurs ; aucun particulier, les cartes de garantie ne sont pas saisies.',
        '',
        '160 contacts',
      ],
      ['', 'Newsletter', 0, 'Aucune lettre d’information.', '', ''],
      ['', 'Scénarios automatisés', 'na', 'Sans objet sans boutique.', '', ''],
    ],
  },
  {
    id: CHANNEL.marketplaces,
    code: 'marketplaces',
    name: 'Places de marché',
    network: 'marketplace',
    summary:
      'Produits revendus par une jardinerie sur une grande place de marché, à des prix que l’entreprise ne maîtrise pas.',
    criteria: [
      [
        '',
        'Maîtrise des fiches produits',
        1,
        'Fiches créées par un revendeur : photos anciennes, dimensions erronées sur deux modèles.',
        '',
        '7 produits listés',
      ],
      ['', 'Cohérence des prix', 2, 'Écarts de 5 à 12 % avec le prix public conseillé.', '', ''],
      ['', 'Vente en propre', 'na', 'Non envisagée à ce stade : décision du comité.', '', ''],
    ],
  },
];
