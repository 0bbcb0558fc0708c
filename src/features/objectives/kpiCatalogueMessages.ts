import { registerMessages } from '../../app/i18n/i18n';

registerMessages('objectives', {
  fr: {
    catalogue: {
      open: 'Catalogue des KPI',
      title: 'Catalogue des KPI',
      description: 'Les indicateurs proposés pour mesurer les objectifs, avec leur définition. Ajoutez les vôtres : ils sont enregistrés dans cette mission.',
      custom: 'Personnalisé',
      delete: 'Supprimer le KPI « {{label}} »',
      newTitle: 'Nouveau KPI',
      label: 'Libellé',
      unit: 'Unité',
      definition: 'Définition',
      add: 'Ajouter au catalogue',
    },
  },
  en: {
    catalogue: {
      open: 'KPI catalogue',
      title: 'KPI catalogue',
      description: 'The indicators offered to measure objectives, with their definitions. Add your own: they are saved in this engagement.',
      custom: 'Custom',
      delete: 'Delete the KPI “{{label}}”',
      newTitle: 'New KPI',
      label: 'Label',
      unit: 'Unit',
      definition: 'Definition',
      add: 'Add to the catalogue',
    },
  },
});
