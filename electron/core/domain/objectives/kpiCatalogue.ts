import type { Direction } from '../../../../src/shared/model/objectives';

/**
 * The KPI catalogue every new engagement starts with (labels and definitions in
 * both languages; the consultant adds custom KPIs per engagement).
 */
export interface CatalogueKpi {
  code: string;
  fr: [label: string, definition: string];
  en: [label: string, definition: string];
  unit: string;
  direction: Direction;
}

export const KPI_CATALOGUE: readonly CatalogueKpi[] = [
  { code: 'conversion_rate', unit: '%', direction: 'increase',
    fr: ['Taux de conversion', 'Part des visites qui aboutissent à l’action visée (achat, demande de devis, inscription).'],
    en: ['Conversion rate', 'Share of visits that end in the intended action (purchase, quote request, sign-up).'] },
  { code: 'cpa', unit: '€', direction: 'decrease',
    fr: ['Coût par acquisition (CPA)', 'Dépense publicitaire divisée par le nombre de clients ou de contacts obtenus.'],
    en: ['Cost per acquisition (CPA)', 'Advertising spend divided by the number of customers or leads gained.'] },
  { code: 'ctr', unit: '%', direction: 'increase',
    fr: ['Taux de clic (CTR)', 'Clics rapportés au nombre d’affichages d’une annonce, d’un lien ou d’un e-mail.'],
    en: ['Click-through rate (CTR)', 'Clicks divided by impressions of an ad, a link or an e-mail.'] },
  { code: 'bounce_rate', unit: '%', direction: 'decrease',
    fr: ['Taux de rebond', 'Part des visites qui quittent le site après une seule page, sans interaction.'],
    en: ['Bounce rate', 'Share of visits that leave after a single page without interacting.'] },
  { code: 'roi', unit: '%', direction: 'increase',
    fr: ['Retour sur investissement (ROI)', 'Gain net obtenu rapporté au montant investi.'],
    en: ['Return on investment (ROI)', 'Net gain divided by the amount invested.'] },
  { code: 'traffic', unit: 'visites/mois', direction: 'increase',
    fr: ['Trafic du site', 'Nombre de visites sur le site sur une période.'],
    en: ['Website traffic', 'Number of visits to the website over a period.'] },
  { code: 'leads', unit: 'contacts/mois', direction: 'increase',
    fr: ['Leads (contacts qualifiés)', 'Demandes de contact ou de devis exploitables par l’équipe commerciale.'],
    en: ['Leads', 'Contact or quote requests the sales team can follow up.'] },
  { code: 'followers', unit: 'abonnés', direction: 'increase',
    fr: ['Abonnés', 'Nombre de personnes qui suivent un compte sur un réseau social ou une newsletter.'],
    en: ['Followers', 'People following an account on a social network or subscribed to a newsletter.'] },
  { code: 'online_revenue', unit: '€', direction: 'increase',
    fr: ['Chiffre d’affaires en ligne', 'Ventes réalisées sur les canaux digitaux, hors taxes.'],
    en: ['Online revenue', 'Sales made through digital channels, before tax.'] },
  { code: 'average_basket', unit: '€', direction: 'increase',
    fr: ['Panier moyen', 'Montant moyen d’une commande.'],
    en: ['Average order value', 'Average amount of an order.'] },
  { code: 'open_rate', unit: '%', direction: 'increase',
    fr: ['Taux d’ouverture', 'Part des e-mails délivrés qui sont ouverts.'],
    en: ['Open rate', 'Share of delivered e-mails that are opened.'] },
  { code: 'engagement_rate', unit: '%', direction: 'increase',
    fr: ['Taux d’engagement', 'Interactions (réactions, commentaires, partages) rapportées à la portée d’une publication.'],
    en: ['Engagement rate', 'Interactions (reactions, comments, shares) relative to a post’s reach.'] },
  { code: 'search_position', unit: 'rang', direction: 'decrease',
    fr: ['Position moyenne dans Google', 'Rang moyen du site sur les requêtes suivies.'],
    en: ['Average Google position', 'Average rank of the site on the tracked queries.'] },
  { code: 'reviews_rating', unit: '/5', direction: 'increase',
    fr: ['Note moyenne des avis', 'Note moyenne laissée par les clients sur les plateformes d’avis.'],
    en: ['Average review rating', 'Average rating left by customers on review platforms.'] },
];
