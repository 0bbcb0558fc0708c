import { registerMessages, type FeatureMessages } from '../../app/i18n/i18n';

// What each view of an empty plan is for, and the next step (see PlanEmptyState).
const fr = {
  start: 'Créer la première action',
  table: {
    title: 'Aucune action pour l’instant',
    text: 'Le plan d’action liste ce qui sera fait, par qui, quand et pour quel budget. Saisissez l’intitulé de la première action dans le formulaire ci-dessus et reliez-la à un objectif.',
  },
  kanban: {
    title: 'Le tableau de suivi est vide',
    text: 'Chaque action du plan y devient une carte, à glisser d’« À faire » à « Fait » au fil de la mission.',
  },
  timeline: {
    title: 'Aucune action à placer dans le calendrier',
    text: 'Le calendrier montre les actions datées par phase, avec leurs jalons et leurs dépendances.',
  },
  undated: {
    title: 'Aucune action datée',
    text: 'Donnez une date de début et de fin aux actions du plan : elles se placent ici, par phase.',
    action: 'Dater les actions',
  },
  budget: {
    title: 'Aucun budget à répartir',
    text: 'Le budget prévu et dépensé des actions se répartit ici par phase, par mois et par canal, face à l’enveloppe de la mission.',
    action: 'Chiffrer les actions',
  },
  envelope: 'Saisir l’enveloppe',
  quotes: {
    title: 'Aucune action à faire chiffrer',
    text: 'Les devis des prestataires se comparent action par action : créez d’abord l’action à confier.',
  },
  pickAction: 'Choisissez l’action dont vous voulez comparer ou saisir les devis.',
  approval: {
    title: 'Aucun plan à soumettre',
    text: 'Une fois les actions saisies, soumettez le plan à la direction et notez sa décision ; les écarts depuis la version validée s’affichent ici.',
  },
  noSubmission: 'Aucune soumission pour l’instant : « Soumettre le plan à la direction » en ouvre une.',
  steering: {
    title: 'Aucun objectif à piloter',
    text: 'Le pilotage suit chaque objectif SMART : ses mesures face à sa cible, et les alertes quand il décroche. Écrivez d’abord les objectifs de la mission.',
    action: 'Écrire les objectifs',
  },
  risks: {
    title: 'Aucun risque identifié',
    text: 'Notez ce qui pourrait faire dérailler le plan (délais, budget, adhésion de l’équipe) : chaque risque se place dans la matrice probabilité × impact, avec sa mesure d’atténuation. Saisissez le premier ci-dessous.',
  },
  dashboard: {
    text: 'L’avancement par phase, le budget consommé, les prochaines échéances et les alertes du plan s’affichent ici dès ses premières actions.',
    action: 'Construire le plan d’action',
  },
  objectives: {
    none: 'La mission n’a pas encore d’objectif : chaque action devrait en servir un.',
    action: 'Écrire les objectifs',
  },
};

export const planEmptyMessages: FeatureMessages<typeof fr> = {
  fr,
  en: {
    start: 'Create the first action',
    table: {
      title: 'No action yet',
      text: 'The action plan lists what will be done, by whom, when and for what budget. Type the first action’s title in the form above and link it to an objective.',
    },
    kanban: {
      title: 'The board is empty',
      text: 'Each action of the plan becomes a card here, to drag from “To do” to “Done” as the engagement goes.',
    },
    timeline: {
      title: 'No action to place on the timeline',
      text: 'The timeline shows dated actions by phase, with their milestones and dependencies.',
    },
    undated: {
      title: 'No dated action',
      text: 'Give the plan’s actions a start and an end date: they are placed here, by phase.',
      action: 'Date the actions',
    },
    budget: {
      title: 'No budget to break down',
      text: 'The actions’ planned and spent budget is broken down here by phase, month and channel, against the engagement’s envelope.',
      action: 'Cost the actions',
    },
    envelope: 'Enter the envelope',
    quotes: {
      title: 'No action to get quotes for',
      text: 'Providers’ quotes are compared action by action: first create the action to hand over.',
    },
    pickAction: 'Choose the action whose quotes you want to compare or enter.',
    approval: {
      title: 'No plan to submit',
      text: 'Once the actions are in, submit the plan to management and record their decision; the changes since the approved version show here.',
    },
    noSubmission: 'No submission yet: “Submit the plan to management” starts one.',
    steering: {
      title: 'No objective to steer',
      text: 'Steering follows each SMART objective: its measures against its target, and alerts when it falls behind. First write the engagement’s objectives.',
      action: 'Write the objectives',
    },
    risks: {
      title: 'No risk identified',
      text: 'Note what could derail the plan (deadlines, budget, the team’s buy-in): each risk is placed in the probability × impact matrix, with its mitigation. Enter the first one below.',
    },
    dashboard: {
      text: 'Progress by phase, budget used, next deadlines and the plan’s alerts show here from its first actions.',
      action: 'Build the action plan',
    },
    objectives: {
      none: 'The engagement has no objective yet: each action should serve one.',
      action: 'Write the objectives',
    },
  },
};

registerMessages('planEmpty', planEmptyMessages);
