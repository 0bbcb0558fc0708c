/**
 * The default audit grid of a new engagement: [code, network, [fr, en] name,
 * criteria as [fr, en]]. The consultant renames, disables or completes it per mission.
 */
type Pair = readonly [fr: string, en: string];

export interface DefaultChannel {
  code: string;
  network: string;
  name: Pair;
  criteria: readonly Pair[];
}

const channel = (code: string, name: Pair, criteria: readonly Pair[], network = ''): DefaultChannel => ({ code, network, name, criteria });

export const DEFAULT_AUDIT_CHANNELS: readonly DefaultChannel[] = [
  channel('website', ['Site web', 'Website'], [
    ['Ergonomie et navigation (UX)', 'Usability and navigation (UX)'],
    ['Clarté de la proposition de valeur', 'Clarity of the value proposition'],
    ['Qualité et fraîcheur des contenus', 'Quality and freshness of content'],
    ['Parcours de conversion (contact, devis, achat)', 'Conversion path (contact, quote, purchase)'],
    ['Appels à l’action visibles', 'Visible calls to action'],
  ]),
  channel('seo', ['Référencement naturel (SEO)', 'Search engine optimisation (SEO)'], [
    ['Balises titres et descriptions', 'Title tags and meta descriptions'],
    ['Positionnement sur les requêtes clés', 'Rankings on key queries'],
    ['Structure technique et indexation', 'Technical structure and indexing'],
    ['Netlinking et autorité du domaine', 'Backlinks and domain authority'],
    ['Référencement local (fiche d’établissement)', 'Local search (business profile)'],
  ]),
  channel('sea', ['SEA / publicité en ligne', 'Paid search and online ads'], [
    ['Campagnes actives et structurées', 'Active, well-structured campaigns'],
    ['Pertinence des annonces et des mots-clés', 'Ad and keyword relevance'],
    ['Pages d’atterrissage dédiées', 'Dedicated landing pages'],
    ['Suivi du coût par acquisition', 'Cost-per-acquisition tracking'],
  ]),
  channel('social_facebook', ['Réseaux sociaux — Facebook', 'Social media — Facebook'], SOCIAL(), 'facebook'),
  channel('social_instagram', ['Réseaux sociaux — Instagram', 'Social media — Instagram'], SOCIAL(), 'instagram'),
  channel('social_linkedin', ['Réseaux sociaux — LinkedIn', 'Social media — LinkedIn'], SOCIAL(), 'linkedin'),
  channel('email_crm', ['E-mailing / CRM', 'Email marketing / CRM'], [
    ['Base de contacts qualifiée et consentie', 'Qualified, opted-in contact base'],
    ['Régularité des envois', 'Sending regularity'],
    ['Taux d’ouverture et de clic', 'Open and click rates'],
    ['Segmentation et scénarios automatisés', 'Segmentation and automated flows'],
  ]),
  channel('reputation', ['E-réputation et avis', 'Online reputation and reviews'], [
    ['Note moyenne et volume d’avis', 'Average rating and review volume'],
    ['Réponses aux avis', 'Replies to reviews'],
    ['Mentions et citations en ligne', 'Online mentions'],
  ]),
  channel('content', ['Contenus', 'Content'], [
    ['Ligne éditoriale définie', 'Defined editorial line'],
    ['Diversité des formats (articles, vidéos, guides)', 'Variety of formats (articles, videos, guides)'],
    ['Fréquence de publication', 'Publishing frequency'],
  ]),
  channel('mobile', ['Mobile', 'Mobile'], [
    ['Affichage adapté aux écrans mobiles', 'Mobile-friendly layout'],
    ['Parcours d’achat ou de contact sur mobile', 'Purchase or contact path on mobile'],
    ['Vitesse sur réseau mobile', 'Speed on mobile networks'],
  ]),
  channel('analytics', ['Analytics et tracking', 'Analytics and tracking'], [
    ['Outil de mesure installé et fiable', 'Reliable measurement tool installed'],
    ['Objectifs et conversions suivis', 'Goals and conversions tracked'],
    ['Tableau de bord partagé', 'Shared dashboard'],
  ]),
  channel('performance', ['Performance technique', 'Technical performance'], [
    ['Temps de chargement', 'Load time'],
    ['Signaux web essentiels (Core Web Vitals)', 'Core Web Vitals'],
    ['Sécurité (HTTPS, mises à jour)', 'Security (HTTPS, updates)'],
  ]),
  channel('accessibility', ['Accessibilité', 'Accessibility'], [
    ['Contrastes et taille des textes', 'Contrast and text size'],
    ['Navigation au clavier', 'Keyboard navigation'],
    ['Textes alternatifs des images', 'Image alternative text'],
  ]),
  channel('gdpr', ['RGPD / cookies', 'GDPR / cookies'], [
    ['Bandeau cookies conforme', 'Compliant cookie banner'],
    ['Mentions légales et politique de confidentialité', 'Legal notice and privacy policy'],
    ['Consentement aux communications', 'Consent to communications'],
  ]),
];

function SOCIAL(): readonly Pair[] {
  return [
    ['Profil complet et cohérent avec la marque', 'Complete, on-brand profile'],
    ['Fréquence de publication', 'Posting frequency'],
    ['Taux d’engagement', 'Engagement rate'],
    ['Qualité visuelle des publications', 'Visual quality of posts'],
    ['Interaction avec la communauté', 'Community interaction'],
  ];
}
