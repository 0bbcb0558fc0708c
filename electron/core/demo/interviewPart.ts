import type Database from 'better-sqlite3';
import { at } from './demoClock';
import { SESSION, STAKEHOLDER } from './demoIds';
import { insertRows } from './insertRows';

const GUIDE_ID = 1;

/** The discovery guide: sections, then questions with a hint for the interviewer. Ids are 1…n in order. */
const GUIDE: { title: string; questions: [string, string][] }[] = [
  {
    title: 'L’entreprise et son offre',
    questions: [
      [
        'Comment résumeriez-vous l’histoire et le métier de l’entreprise ?',
        'Dates clés, savoir-faire, ce qui la distingue.',
      ],
      [
        'Quels produits portent le chiffre d’affaires, et lesquels portent la marge ?',
        'Demander la répartition par gamme.',
      ],
      ['Comment vos prix se situent-ils face à la concurrence ?', 'Prix public conseillé, remises revendeurs.'],
    ],
  },
  {
    title: 'Clients et marchés',
    questions: [
      [
        'Qui sont vos clients aujourd’hui, et qui achète vraiment vos meubles ?',
        'Distinguer revendeurs et utilisateurs finaux.',
      ],
      [
        'Quelle part de vos ventes vient des professionnels (paysagistes, CHR) ?',
        'Chiffre, tendance, mode de prise de contact.',
      ],
      ['Quels concurrents croisez-vous le plus souvent ?', 'En jardinerie, en ligne, sur les appels d’offres.'],
      ['Qu’est-ce qui fait hésiter un client avant d’acheter ?', 'Prix, livraison, entretien du bois, délais.'],
    ],
  },
  {
    title: 'Présence digitale actuelle',
    questions: [
      [
        'Qui s’occupe du site et des réseaux sociaux, et combien de temps y est consacré ?',
        'Ressources internes réelles.',
      ],
      ['Quels chiffres suivez-vous sur votre site et vos réseaux ?', 'Accès Analytics, Search Console, Meta Business.'],
      [
        'Avez-vous déjà fait de la publicité en ligne ? Avec quels résultats ?',
        'Budgets, période, agence ou en interne.',
      ],
      ['Que disent les clients de vous en ligne ?', 'Avis Google, commentaires, messages privés.'],
    ],
  },
  {
    title: 'Objectifs et ambitions',
    questions: [
      ['Où voulez-vous être dans dix-huit mois ?', 'Faire chiffrer l’ambition.'],
      [
        'Quelle part du chiffre d’affaires la vente en ligne devrait-elle représenter ?',
        'Horizon et seuil de réussite.',
      ],
      ['Comment vos revendeurs réagiraient-ils à une boutique en ligne ?', 'Prix, exclusivités, retrait en magasin.'],
    ],
  },
  {
    title: 'Moyens, budget et calendrier',
    questions: [
      ['Quel budget est prévu pour la première année ?', 'Enveloppe HT, répartition investissement et fonctionnement.'],
      ['Quelles échéances comptent pour vous ?', 'Salons, saison de printemps, clôture de l’exercice.'],
      ['Qui décide, et comment se prennent les arbitrages ?', 'Comité, fréquence, circuit de validation.'],
    ],
  },
];

export function seedInterviews(db: Database.Database): void {
  insertRows(db, 'interview_guides', [
    {
      id: GUIDE_ID,
      title: 'Entretien découverte : PME industrielle',
      lang: 'fr',
      template_key: 'discovery-sme',
      created_at: at('2026-01-28 17:40'),
    },
  ]);

  GUIDE.forEach((section, sectionIndex) => {
    insertRows(db, 'guide_sections', [
      { id: sectionIndex + 1, guide_id: GUIDE_ID, title: section.title, position: sectionIndex + 1 },
    ]);
    insertRows(
      db,
      'guide_questions',
      section.questions.map(([text, hint], index) => ({
        id: q(sectionIndex, index),
        section_id: sectionIndex + 1,
        text,
        hint,
        position: index + 1,
      })),
    );
  });

  insertRows(db, 'interview_sessions', [
    {
      id: SESSION.launch,
      title: 'Entretien de lancement avec la direction',
      held_on: '2026-02-05',
      start_time: '09:30',
      duration_minutes: 150,
      mode: 'onsite',
      location: 'Siège des Ateliers Verdier, salle du conseil',
      summary:
        'Tour complet de l’entreprise avec la dirigeante et le responsable marketing, puis visite de l’atelier. ' +
        'L’ambition est claire (vente directe et clientèle professionnelle) mais la relation avec les jardineries ' +
        'doit être ménagée. Le budget de la première année est fixé à 48 000 € HT.',
      guide_id: GUIDE_ID,
      capture_draft: '',
      created_at: at('2026-02-05 09:25'),
      updated_at: at('2026-02-05 18:10'),
    },
    {
      id: SESSION.salesWorkshop,
      title: 'Atelier commercial et marketing',
      held_on: '2026-02-12',
      start_time: '14:00',
      duration_minutes: 120,
      mode: 'video',
      location: 'Visioconférence',
      summary:
        'Approfondissement avec la directrice commerciale et la production : profils des clients professionnels, ' +
        'contraintes de livraison, concurrents rencontrés. Décision de traiter la boutique et le B2B comme deux ' +
        'parcours distincts sur le même site.',
      guide_id: GUIDE_ID,
      capture_draft: 'Relancer Sandrine pour l’export des devis 2025 (fichier Excel).',
      created_at: at('2026-02-12 13:55'),
      updated_at: at('2026-02-12 16:40'),
    },
  ]);

  insertRows(db, 'session_participants', [
    {
      id: 1,
      session_id: SESSION.launch,
      stakeholder_id: STAKEHOLDER.ceo,
      name: 'Hélène Verdier',
      role: 'Présidente-directrice générale',
      position: 1,
    },
    {
      id: 2,
      session_id: SESSION.launch,
      stakeholder_id: STAKEHOLDER.marketing,
      name: 'Julien Moreau',
      role: 'Responsable marketing et communication',
      position: 2,
    },
    {
      id: 3,
      session_id: SESSION.launch,
      stakeholder_id: STAKEHOLDER.consultant,
      name: 'Claire Dumas',
      role: 'Consultante',
      position: 3,
    },
    {
      id: 4,
      session_id: SESSION.salesWorkshop,
      stakeholder_id: STAKEHOLDER.sales,
      name: 'Sandrine Lebrun',
      role: 'Directrice commerciale',
      position: 1,
    },
    {
      id: 5,
      session_id: SESSION.salesWorkshop,
      stakeholder_id: STAKEHOLDER.marketing,
      name: 'Julien Moreau',
      role: 'Responsable marketing et communication',
      position: 2,
    },
    {
      id: 6,
      session_id: SESSION.salesWorkshop,
      stakeholder_id: STAKEHOLDER.workshop,
      name: 'Thomas Verdier',
      role: 'Responsable de production et logistique',
      position: 3,
    },
    {
      id: 7,
      session_id: SESSION.salesWorkshop,
      stakeholder_id: null,
      name: 'Marc Pellerin',
      role: 'Commercial terrain, grand Ouest',
      position: 4,
    },
    {
      id: 8,
      session_id: SESSION.salesWorkshop,
      stakeholder_id: STAKEHOLDER.consultant,
      name: 'Claire Dumas',
      role: 'Consultante',
      position: 5,
    },
  ]);

  // The launch interview went through sections 1, 2, 4 and 5; the workshop took up clients and digital presence.
  const coverage: [number, number, string][] = [
    [SESSION.launch, q(0, 0), '2026-02-05 09:42'],
    [SESSION.launch, q(0, 1), '2026-02-05 09:58'],
    [SESSION.launch, q(0, 2), '2026-02-05 10:07'],
    [SESSION.launch, q(1, 0), '2026-02-05 10:15'],
    [SESSION.launch, q(3, 0), '2026-02-05 10:48'],
    [SESSION.launch, q(3, 1), '2026-02-05 10:55'],
    [SESSION.launch, q(3, 2), '2026-02-05 11:06'],
    [SESSION.launch, q(4, 0), '2026-02-05 11:20'],
    [SESSION.launch, q(4, 1), '2026-02-05 11:28'],
    [SESSION.launch, q(4, 2), '2026-02-05 11:35'],
    [SESSION.launch, q(2, 0), '2026-02-05 11:44'],
    [SESSION.salesWorkshop, q(1, 1), '2026-02-12 14:08'],
    [SESSION.salesWorkshop, q(1, 2), '2026-02-12 14:25'],
    [SESSION.salesWorkshop, q(1, 3), '2026-02-12 14:41'],
    [SESSION.salesWorkshop, q(2, 1), '2026-02-12 15:02'],
    [SESSION.salesWorkshop, q(2, 2), '2026-02-12 15:14'],
    [SESSION.salesWorkshop, q(2, 3), '2026-02-12 15:26'],
  ];
  insertRows(
    db,
    'question_coverage',
    coverage.map(([session, question, time]) => ({ session_id: session, question_id: question, covered_at: at(time) })),
  );
}

/** Id of the `index`-th question of section `section` (0-based). */
export function q(section: number, index: number): number {
  let id = 0;
  for (let s = 0; s < section; s += 1) id += GUIDE[s]?.questions.length ?? 0;
  if (index >= (GUIDE[section]?.questions.length ?? 0)) throw new Error(`no demo question ${section}.${index}`);
  return id + index + 1;
}
