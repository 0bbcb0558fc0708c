import { registerMessages, type FeatureMessages } from '../../app/i18n/i18n';

const fr = {
  eyebrow: 'Étape 4 · Benchmark',
  title: 'Benchmark concurrentiel',
  description: 'Comparez le client à 4 ou 5 concurrents sur la grille de l’audit, puis jugez ce qui lui conviendrait.',
  tabs: { competitors: 'Concurrents', grid: 'Grille', chart: 'Comparaison', metrics: 'Audience', learnings: 'Enseignements' },
  competitors: {
    add: 'Nouveau concurrent, puis Entrée', name: 'Nom', website: 'Site web', positioning: 'Positionnement', notes: 'Notes', delete: 'Supprimer', logo: 'Logo de {{name}} : collez, déposez ou choisissez une image', moveUp: 'Monter', moveDown: 'Descendre',
    tooMany: 'La méthode conseille 4 à 5 concurrents : au-delà, le benchmark se dilue et le graphique devient illisible ({{count}} saisis).',
    empty: 'Aucun concurrent. Ajoutez les 4 à 5 entreprises auxquelles le client se compare.',
  },
  grid: {
    criterion: 'Critère', client: 'Client', none: '—', na: 'N/A', note: 'Observation', observedOn: 'Observé le', empty: 'Ajoutez des concurrents et notez l’audit pour remplir la grille.', cell: '{{who}} — {{criterion}}',
    stale_one: '{{count}} observation date de plus de {{months}} mois : un benchmark vieillit, revoyez-la avant de livrer (⚠ dans la grille).',
    stale_other: '{{count}} observations datent de plus de {{months}} mois : un benchmark vieillit, revoyez-les avant de livrer (⚠ dans la grille).',
  },
  observation: {
    open: 'Observation et date : {{title}}', seen: 'observé en {{date}}', undated: 'non daté', stale: 'ancien, à revoir', hasNote: 'avec une note', noDate: 'non daté', done: 'Terminé',
    hint: 'Ce que vous avez vu chez ce concurrent et quand : la date dit au lecteur si l’observation est encore à jour.',
  },
  chart: { title: 'Client face aux concurrents', caption: 'Note moyenne par canal, client et concurrents', channel: 'Canal', only5: 'Le graphique montre le client et les 5 premiers concurrents.', empty: 'Notez des critères pour voir la comparaison.' },
  emptyViews: {
    competitors: 'Aucun concurrent pour l’instant',
    grid: 'Aucun concurrent à noter',
    noChannel: 'Aucun critère à noter : la grille reprend les canaux et critères de l’audit.',
    addCompetitors: 'Ajouter des concurrents',
    openAudit: 'Ouvrir l’audit',
    compareTitle: 'Rien à comparer pour l’instant',
    compareText: 'La comparaison met le client face à chaque concurrent, canal par canal, puis les classe critère par critère. Notez les concurrents dans la grille.',
    scoreGrid: 'Noter dans la grille',
    metrics: 'Aucune mesure d’audience',
    metricsNoCompetitor: 'Les mesures d’audience (visites, abonnés, engagement…) se relèvent concurrent par concurrent : ajoutez d’abord les concurrents.',
    learnings: 'Aucun enseignement pour l’instant',
  },
  ranking: { title: 'Classement par critère', rank: '{{rank}}ᵉ', first: '1ᵉʳ', empty: 'Aucun critère noté pour l’instant.' },
  metrics: {
    stale: 'relevé il y a plus de 6 mois', title: 'Audience des concurrents', competitor: 'Concurrent', metric: 'Indicateur', value: 'Valeur', observedOn: 'Observé le', source: 'Source', add: 'Ajouter', import: 'Importer un CSV…', delete: 'Supprimer', empty: 'Aucune mesure. Saisissez-en ou importez l’export CSV de votre outil (Semrush, Similarweb…).',
  },
  manual: {
    title: 'Saisir une mesure', network: 'Réseau ou canal', unit: 'Unité', add: 'Ajouter la mesure', sourceHint: 'Similarweb, page Instagram…',
    needMetric: 'Indiquez l’indicateur.', needValue: 'Indiquez la valeur.',
    presets: { visits: 'Visites mensuelles', bounce: 'Taux de rebond', duration: 'Durée moyenne de visite', trafficShare: 'Part du trafic', followers: 'Abonnés', engagement: 'Taux d’engagement' },
    units: { visits: 'visites/mois', bounce: '%', duration: 's', trafficShare: '%', followers: 'abonnés', engagement: '%' },
    places: { facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', tiktok: 'TikTok', youtube: 'YouTube', pinterest: 'Pinterest', direct: 'Accès direct', organic: 'Recherche naturelle', paid: 'Recherche payante', social: 'Réseaux sociaux', referral: 'Sites référents', email: 'E-mail' },
  },
  csv: {
    title: 'Importer des mesures depuis un CSV', file: 'Fichier CSV', competitorColumn: 'Colonne du concurrent', dateColumn: 'Colonne de date', noDate: '— Aucune —', defaultDate: 'Date de relevé par défaut', source: 'Source',
    metrics: 'Colonnes à importer', preview: '{{count}} mesures prêtes', import: 'Importer', errors: 'Lignes en erreur : rien ne sera importé tant qu’elles restent.', done: '{{count}} mesures importées.',
    error: { unknown_competitor: 'concurrent inconnu', bad_number: 'nombre illisible', bad_date: 'date illisible', missing_column: 'colonne absente', empty_file: 'fichier vide' },
    line: 'Ligne {{line}}, « {{column}} » : {{message}} ({{value}})',
  },
  learnings: {
    title: 'Enseignements', item: 'Enseignement', add: 'Bonne pratique ou tendance observée, puis Entrée', competitor: 'Observé chez', none: '— Plusieurs / marché —', fit: 'Pour le client', judgement: 'Pourquoi', kind: 'Type', delete: 'Supprimer',
    fits: { fits: 'Adapté', adapt: 'À adapter', not_for_client: 'Pas pour le client', to_assess: 'À évaluer' },
    kinds: { good_practice: 'Bonne pratique', trend: 'Tendance', threat: 'Menace', idea: 'Idée' },
    empty: 'Notez ce qui marche chez les concurrents ; jugez ensuite si cela convient au client.',
  },
};

export const benchmarkMessages: FeatureMessages<typeof fr> = {
  fr,
  en: {
    eyebrow: 'Step 4 · Benchmark',
    title: 'Competitive benchmark',
    description: 'Compare the client with 4 or 5 competitors on the audit grid, then judge what would suit it.',
    tabs: { competitors: 'Competitors', grid: 'Grid', chart: 'Comparison', metrics: 'Audience', learnings: 'Learnings' },
    competitors: {
      add: 'New competitor, then Enter', name: 'Name', website: 'Website', positioning: 'Positioning', notes: 'Notes', delete: 'Delete', logo: 'Logo of {{name}}: paste, drop or choose an image', moveUp: 'Move up', moveDown: 'Move down',
      tooMany: 'The method advises 4 to 5 competitors: beyond that the benchmark gets diluted and the chart hard to read ({{count}} entered).',
      empty: 'No competitor. Add the 4 to 5 companies the client compares itself with.',
    },
    grid: {
      criterion: 'Criterion', client: 'Client', none: '—', na: 'N/A', note: 'Observation', observedOn: 'Observed on', empty: 'Add competitors and score the audit to fill the grid.', cell: '{{who}} — {{criterion}}',
      stale_one: '{{count}} observation is more than {{months}} months old: a benchmark ages, review it before delivering (⚠ in the grid).',
      stale_other: '{{count}} observations are more than {{months}} months old: a benchmark ages, review them before delivering (⚠ in the grid).',
    },
    observation: {
      open: 'Observation and date: {{title}}', seen: 'observed in {{date}}', undated: 'undated', stale: 'old, to review', hasNote: 'with a note', noDate: 'undated', done: 'Done',
      hint: 'What you saw at this competitor and when: the date tells the reader whether the observation still holds.',
    },
    chart: { title: 'Client against competitors', caption: 'Mean score per channel, client and competitors', channel: 'Channel', only5: 'The chart shows the client and the first 5 competitors.', empty: 'Score criteria to see the comparison.' },
    emptyViews: {
      competitors: 'No competitor yet',
      grid: 'No competitor to score',
      noChannel: 'No criterion to score: the grid takes the audit’s channels and criteria.',
      addCompetitors: 'Add competitors',
      openAudit: 'Open the audit',
      compareTitle: 'Nothing to compare yet',
      compareText: 'The comparison sets the client against each competitor, channel by channel, then ranks them criterion by criterion. Score the competitors in the grid.',
      scoreGrid: 'Score in the grid',
      metrics: 'No audience measure',
      metricsNoCompetitor: 'Audience measures (visits, followers, engagement…) are read competitor by competitor: first add the competitors.',
      learnings: 'No learning yet',
    },
    ranking: { title: 'Ranking per criterion', rank: '#{{rank}}', first: '#1', empty: 'No criterion scored yet.' },
    metrics: {
      stale: 'read more than 6 months ago', title: 'Competitor audience', competitor: 'Competitor', metric: 'Indicator', value: 'Value', observedOn: 'Observed on', source: 'Source', add: 'Add', import: 'Import a CSV…', delete: 'Delete', empty: 'No measure. Type some or import your tool’s CSV export (Semrush, Similarweb…).',
    },
    manual: {
      title: 'Type a measure', network: 'Network or channel', unit: 'Unit', add: 'Add the measure', sourceHint: 'Similarweb, Instagram page…',
      needMetric: 'State the indicator.', needValue: 'State the value.',
      presets: { visits: 'Monthly visits', bounce: 'Bounce rate', duration: 'Average visit duration', trafficShare: 'Traffic share', followers: 'Followers', engagement: 'Engagement rate' },
      units: { visits: 'visits/month', bounce: '%', duration: 's', trafficShare: '%', followers: 'followers', engagement: '%' },
      places: { facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', tiktok: 'TikTok', youtube: 'YouTube', pinterest: 'Pinterest', direct: 'Direct', organic: 'Organic search', paid: 'Paid search', social: 'Social media', referral: 'Referrals', email: 'Email' },
    },
    csv: {
      title: 'Import measures from a CSV', file: 'CSV file', competitorColumn: 'Competitor column', dateColumn: 'Date column', noDate: '— None —', defaultDate: 'Default reading date', source: 'Source',
      metrics: 'Columns to import', preview: '{{count}} measures ready', import: 'Import', errors: 'Rows in error: nothing is imported while they remain.', done: '{{count}} measures imported.',
      error: { unknown_competitor: 'unknown competitor', bad_number: 'unreadable number', bad_date: 'unreadable date', missing_column: 'missing column', empty_file: 'empty file' },
      line: 'Line {{line}}, “{{column}}”: {{message}} ({{value}})',
    },
    learnings: {
      title: 'Learnings', item: 'Learning', add: 'Good practice or trend seen, then Enter', competitor: 'Seen at', none: '— Several / market —', fit: 'For the client', judgement: 'Why', kind: 'Type', delete: 'Delete',
      fits: { fits: 'Fits', adapt: 'Adapt', not_for_client: 'Not for the client', to_assess: 'To assess' },
      kinds: { good_practice: 'Good practice', trend: 'Trend', threat: 'Threat', idea: 'Idea' },
      empty: 'Note what works for competitors; then judge whether it suits the client.',
    },
  },
};

registerMessages('benchmark', benchmarkMessages);
