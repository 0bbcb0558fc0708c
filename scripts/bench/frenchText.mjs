// Realistic French consulting text for the benchmark's engagements: interview notes, actions,
// captions. Deterministic (seeded), so two runs measure the same content.

/** mulberry32: small, fast, good enough to pick words. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = (random, list) => list[Math.floor(random() * list.length)];

const SPEAKERS = ['La dirigeante', 'Le directeur commercial', 'La responsable marketing', 'Le gérant', 'L’assistante de direction', 'Le chef d’atelier', 'La chargée de communication', 'Le fondateur'];
const VERBS = ['souhaite', 'insiste pour', 'aimerait', 'hésite à', 'refuse de', 'propose de', 'prévoit de', 'regrette de ne pas'];
const GOALS = [
  'refondre le site vitrine avant le salon de printemps',
  'développer les ventes en ligne auprès des particuliers',
  'recruter deux commerciaux sédentaires grâce à LinkedIn',
  'publier une newsletter mensuelle pour les prescripteurs',
  'mieux suivre les demandes de devis arrivées par le formulaire',
  'relancer la page Instagram laissée en sommeil depuis 2023',
  'confier la production vidéo à un prestataire local',
  'réduire le coût par lead des campagnes Google Ads',
  'mettre en avant le savoir-faire des artisans de l’atelier',
  'ouvrir un espace client pour le suivi des commandes',
  'harmoniser la charte graphique sur tous les supports',
  'améliorer le référencement local sur Lyon et Villeurbanne',
];
const CONTEXTS = [
  'le budget annuel reste plafonné à 45 000 €',
  'l’équipe n’a que deux jours par mois à y consacrer',
  'le concurrent principal a doublé son audience en un an',
  'les clients historiques passent encore par le téléphone',
  'le salon Maison & Objet tombe fin janvier',
  'le CRM actuel n’est pas relié au site',
  'les avis Google sont peu nombreux mais très positifs',
  'la saisonnalité est forte entre septembre et décembre',
  'le comité de direction valide chaque dépense au-delà de 5 000 €',
  'la marque est peu connue hors de la région Auvergne-Rhône-Alpes',
];
const CONNECTORS = ['alors que', 'sachant que', 'même si', 'car', 'puisque', 'd’autant que'];
const ASIDES = ['À confirmer avec le client.', 'Point à creuser lors du prochain atelier.', 'Chiffre donné de mémoire.', 'Décision prise en séance.', 'À relier à l’objectif de notoriété.', ''];

/** One interview note: who said what, why, and sometimes a follow-up remark. */
export function noteText(random) {
  const aside = pick(random, ASIDES);
  return `${pick(random, SPEAKERS)} ${pick(random, VERBS)} ${pick(random, GOALS)}, ${pick(random, CONNECTORS)} ${pick(random, CONTEXTS)}.${aside ? ` ${aside}` : ''}`;
}

const ACTION_VERBS = ['Refondre', 'Lancer', 'Rédiger', 'Tourner', 'Optimiser', 'Former l’équipe à', 'Paramétrer', 'Auditer', 'Publier', 'Négocier'];
const ACTION_OBJECTS = [
  'la page d’accueil du site', 'une campagne Google Ads locale', 'trois articles de blog sur le savoir-faire', 'une vidéo portrait des artisans',
  'les fiches Google Business Profile', 'le calendrier éditorial Instagram', 'le formulaire de demande de devis', 'une série de posts LinkedIn',
  'la newsletter des prescripteurs', 'le suivi des conversions dans GA4', 'les visuels du salon', 'le parcours de commande en ligne',
];
const ACTION_CONTEXTS = ['pour le lancement du printemps', 'avant la rentrée', 'en lien avec le prestataire retenu', 'avec un budget test', 'en deux vagues', 'sur trois mois'];

export function actionTitle(random) {
  return `${pick(random, ACTION_VERBS)} ${pick(random, ACTION_OBJECTS)} ${pick(random, ACTION_CONTEXTS)}`;
}

export function actionDescription(random) {
  return `${noteText(random)} Livrable attendu : ${pick(random, ACTION_OBJECTS)}. ${pick(random, CONTEXTS).replace(/^./, (c) => c.toUpperCase())}.`;
}

const CAPTIONS = ['Page d’accueil : la promesse n’apparaît pas au-dessus de la ligne de flottaison', 'Fiche Google : horaires non renseignés', 'Instagram : dernière publication il y a 14 mois', 'LinkedIn : page entreprise sans bannière', 'Formulaire de devis : 11 champs obligatoires', 'Version mobile : menu illisible', 'Avis clients : réponses absentes'];

export function captionText(random) {
  return pick(random, CAPTIONS);
}

const CLIENT_FIRST = ['Atelier', 'Maison', 'Boulangerie', 'Cabinet', 'Domaine', 'Brasserie', 'Menuiserie', 'Agence', 'Librairie', 'Pharmacie', 'Garage', 'Fromagerie'];
const CLIENT_LAST = ['Durand', 'des Canuts', 'Lefèvre', 'du Vieux-Lyon', 'Moreau & Fils', 'Bellecour', 'Girard', 'des Pentes', 'Rousseau', 'Saint-Just', 'Fontaine', 'Perrache'];

export function clientName(random, index) {
  return `${pick(random, CLIENT_FIRST)} ${pick(random, CLIENT_LAST)} ${index}`;
}
