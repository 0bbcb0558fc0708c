import { registerMessages, type FeatureMessages } from '../../app/i18n/i18n';

const fr = {
  eyebrow: 'Étape 5 · Personas',
  title: 'Personas',
  description: 'Les profils auxquels le plan d’action s’adresse : qui ils sont, ce qu’ils cherchent, où les trouver.',
  add: 'Nom du nouveau persona, puis Entrée',
  empty: { title: 'Aucun persona', body: 'Créez 2 à 4 personas à partir des entretiens : saisissez un prénom ci-dessous, ou convertissez une note #persona.' },
  card: { open: 'Ouvrir {{name}}', primary: 'Principal', secondary: 'Secondaire', noJob: 'Métier à préciser' },
  fields: {
    profile: 'Profil', name: 'Prénom ou nom', ageRange: 'Tranche d’âge', job: 'Métier', situation: 'Situation', bio: 'Biographie courte', quote: 'Citation', importance: 'Importance',
    buyingBehaviour: 'Comportement d’achat', journeyStage: 'Étape du parcours', none: '— Non précisée —',
  },
  importance: { primary: 'Principal', secondary: 'Secondaire' },
  stages: { awareness: 'Découverte', consideration: 'Considération', decision: 'Décision', loyalty: 'Fidélisation' },
  traits: { goal: 'Objectifs', frustration: 'Frustrations', motivation: 'Motivations', objection: 'Objections', add: 'Ajouter, puis Entrée', delete: 'Supprimer' },
  platforms: { title: 'Canaux et plateformes', fromAudit: 'Ajouter un canal de l’audit', choose: '— Choisir —', free: 'Autre plateforme, puis Entrée', remove: 'Retirer {{label}}' },
  links: {
    objectives: 'Objectifs visés', actions: 'Actions du plan', none: 'Aucun pour l’instant.', sources: 'Nourri par les notes',
    actionsHint_one: '{{count}} action s’adresse à ce persona.', actionsHint_other: '{{count}} actions s’adressent à ce persona.',
    noActions: 'Aucune action dans le plan pour l’instant : créez-les dans « Plan d’action », puis cochez ici celles qui visent ce persona.',
  },
  notes: {
    title: 'Notes #persona des entretiens', hint: 'Ce que le client a dit de ses cibles : chaque note devient un trait de ce persona, et reste reliée.',
    none: 'Aucune note marquée #persona. Pendant l’entretien, ajoutez #persona à une note pour la retrouver ici.',
    as: 'Comme', feed: 'Ajouter au persona', feedNamed: 'Ajouter au persona la note « {{body}} »', used: 'Déjà reprise ✓',
  },
  photo: { drop: 'Photo de {{name}} : collez, déposez ou choisissez une image', remove: 'Retirer la photo' },
  actions: { duplicate: 'Dupliquer', copyName: '{{name}} (copie)', delete: 'Supprimer', back: 'Tous les personas' },
};

export const personasMessages: FeatureMessages<typeof fr> = {
  fr,
  en: {
    eyebrow: 'Step 5 · Personas',
    title: 'Personas',
    description: 'The profiles the action plan speaks to: who they are, what they look for, where to find them.',
    add: 'New persona’s name, then Enter',
    empty: { title: 'No persona', body: 'Create 2 to 4 personas from the interviews: type a first name below, or convert a #persona note.' },
    card: { open: 'Open {{name}}', primary: 'Primary', secondary: 'Secondary', noJob: 'Job to be stated' },
    fields: {
      profile: 'Profile', name: 'Name', ageRange: 'Age range', job: 'Job', situation: 'Situation', bio: 'Short bio', quote: 'Quote', importance: 'Importance',
      buyingBehaviour: 'Buying behaviour', journeyStage: 'Journey stage', none: '— Not stated —',
    },
    importance: { primary: 'Primary', secondary: 'Secondary' },
    stages: { awareness: 'Awareness', consideration: 'Consideration', decision: 'Decision', loyalty: 'Loyalty' },
    traits: { goal: 'Goals', frustration: 'Frustrations', motivation: 'Motivations', objection: 'Objections', add: 'Add, then Enter', delete: 'Delete' },
    platforms: { title: 'Channels and platforms', fromAudit: 'Add a channel from the audit', choose: '— Choose —', free: 'Other platform, then Enter', remove: 'Remove {{label}}' },
    links: {
      objectives: 'Objectives targeted', actions: 'Plan actions', none: 'None yet.', sources: 'Fed by notes',
      actionsHint_one: '{{count}} action targets this persona.', actionsHint_other: '{{count}} actions target this persona.',
      noActions: 'No action in the plan yet: create them in “Action plan”, then tick here those aimed at this persona.',
    },
    notes: {
      title: '#persona notes from the interviews', hint: 'What the client said about its targets: each note becomes a trait of this persona and stays linked.',
      none: 'No note tagged #persona. During the interview, add #persona to a note to find it here.',
      as: 'As', feed: 'Add to the persona', feedNamed: 'Add the note “{{body}}” to the persona', used: 'Already used ✓',
    },
    photo: { drop: 'Photo of {{name}}: paste, drop or choose an image', remove: 'Remove photo' },
    actions: { duplicate: 'Duplicate', copyName: '{{name}} (copy)', delete: 'Delete', back: 'All personas' },
  },
};

registerMessages('personas', personasMessages);
