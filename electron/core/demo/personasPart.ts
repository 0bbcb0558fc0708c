import type Database from 'better-sqlite3';
import { at } from './demoClock';
import { CHANNEL, IMAGE, OBJECTIVE, PERSONA } from './demoIds';
import { insertRows } from './insertRows';

type TraitKind = 'goal' | 'frustration' | 'motivation' | 'objection';

interface DemoPersona {
  id: number;
  name: string;
  photo: number;
  ageRange: string;
  job: string;
  situation: string;
  bio: string;
  quote: string;
  importance: 'primary' | 'secondary';
  buyingBehaviour: string;
  journeyStage: 'awareness' | 'consideration' | 'decision' | 'loyalty';
  traits: [TraitKind, string][];
  platforms: [number | null, string][];
}

const PERSONAS: DemoPersona[] = [
  {
    id: PERSONA.nathalie,
    name: 'Nathalie, la propriétaire exigeante',
    photo: IMAGE.nathalie,
    ageRange: '50-60 ans',
    job: 'Cadre dans une mutuelle',
    situation: 'Mariée, deux enfants étudiants, maison avec jardin en périphérie de Nantes.',
    bio: 'Elle vient de refaire sa terrasse et cherche un salon qui durera vingt ans. Elle compare longuement, lit les avis et se méfie des prix trop bas.',
    quote: 'Je préfère payer plus cher une fois que racheter tous les cinq ans.',
    importance: 'primary',
    buyingBehaviour:
      'Repère en ligne, vient voir en jardinerie, achète au printemps. Budget de 2 000 à 4 000 € pour un salon complet.',
    journeyStage: 'consideration',
    traits: [
      ['goal', 'Aménager une terrasse accueillante pour recevoir famille et amis.'],
      ['goal', 'Acheter un mobilier durable, fabriqué en France.'],
      ['frustration', 'Ne pas savoir comment entretenir un meuble en bois.'],
      ['frustration', 'Des délais de livraison flous et des livreurs qui s’arrêtent au portail.'],
      ['motivation', 'La fierté d’un bel objet fait par des artisans.'],
      ['motivation', 'Les photos d’ambiance qui lui permettent de se projeter.'],
      ['objection', 'Le prix, à justifier par la durée de vie et la garantie.'],
      ['objection', 'Acheter sans avoir touché le bois.'],
    ],
    platforms: [
      [CHANNEL.website, 'Site et boutique'],
      [CHANNEL.instagram, 'Instagram, pour l’inspiration'],
      [CHANNEL.pinterest, 'Pinterest, tableaux « terrasse »'],
      [CHANNEL.googleProfile, 'Avis Google'],
    ],
  },
  {
    id: PERSONA.romain,
    name: 'Romain, le paysagiste prescripteur',
    photo: IMAGE.romain,
    ageRange: '35-45 ans',
    job: 'Gérant d’une entreprise de paysagisme (8 salariés)',
    situation: 'Installé près de Tours, travaille pour des particuliers aisés et quelques copropriétés.',
    bio: 'Il conçoit des jardins clés en main et propose le mobilier à ses clients. Il lui faut des fournisseurs fiables, des fiches techniques et des délais tenus.',
    quote: 'Si je recommande un salon, c’est ma réputation qui est en jeu.',
    importance: 'primary',
    buyingBehaviour:
      'Commande pour ses chantiers, deux à six fois par an ; attend un tarif professionnel et un interlocuteur unique.',
    journeyStage: 'decision',
    traits: [
      ['goal', 'Proposer à ses clients un mobilier assorti au jardin qu’il a dessiné.'],
      ['goal', 'Obtenir un devis rapide pour boucler sa proposition.'],
      ['frustration', 'Attendre plus d’une semaine une réponse à une demande de prix.'],
      ['motivation', 'Une marge sur le mobilier et un client satisfait qui le recommande.'],
      ['objection', 'Le risque d’un retard de livraison qui bloque la réception du chantier.'],
    ],
    platforms: [
      [CHANNEL.linkedin, 'LinkedIn'],
      [CHANNEL.facebook, 'Groupes Facebook de paysagistes'],
      [CHANNEL.website, 'Espace Professionnels'],
      [null, 'Salon Paysalia'],
    ],
  },
  {
    id: PERSONA.sophie,
    name: 'Sophie, la restauratrice en terrasse',
    photo: IMAGE.sophie,
    ageRange: '40-50 ans',
    job: 'Propriétaire d’une guinguette en bord de Loire',
    situation: '60 couverts en terrasse d’avril à octobre, près de Saumur.',
    bio: 'Elle renouvelle sa terrasse avant la saison et cherche du mobilier robuste, empilable, qui résiste aux intempéries et à un usage intensif.',
    quote: 'Ma terrasse, c’est la moitié de mon chiffre d’affaires de l’été.',
    importance: 'secondary',
    buyingBehaviour: 'Achat groupé tous les cinq à sept ans, décision en hiver, livraison impérative avant avril.',
    journeyStage: 'awareness',
    traits: [
      ['goal', 'Une terrasse chaleureuse qui donne envie de s’arrêter.'],
      ['frustration', 'Les chaises en résine qui se cassent et vieillissent mal.'],
      ['motivation', 'Une image locale et authentique, appréciée des touristes.'],
      ['objection', 'Un investissement élevé en une seule fois.'],
    ],
    platforms: [
      [CHANNEL.instagram, 'Instagram'],
      [CHANNEL.googleProfile, 'Google Maps'],
      [null, 'Bouche-à-oreille entre restaurateurs'],
    ],
  },
];

export function seedPersonas(db: Database.Database): void {
  const created = at('2026-03-12 10:00');
  const updated = at('2026-03-26 16:45');
  let traitId = 0;
  let platformId = 0;
  PERSONAS.forEach((persona, index) => {
    insertRows(db, 'personas', [
      {
        id: persona.id,
        name: persona.name,
        photo_image_id: persona.photo,
        age_range: persona.ageRange,
        job: persona.job,
        situation: persona.situation,
        bio: persona.bio,
        quote: persona.quote,
        importance: persona.importance,
        buying_behaviour: persona.buyingBehaviour,
        journey_stage: persona.journeyStage,
        position: index + 1,
        created_at: created,
        updated_at: updated,
      },
    ]);
    insertRows(
      db,
      'persona_traits',
      persona.traits.map(([kind, text], position) => ({
        id: (traitId += 1),
        persona_id: persona.id,
        kind,
        text,
        position: position + 1,
      })),
    );
    insertRows(
      db,
      'persona_platforms',
      persona.platforms.map(([channel, label], position) => ({
        id: (platformId += 1),
        persona_id: persona.id,
        channel_id: channel,
        label,
        position: position + 1,
      })),
    );
  });

  insertRows(db, 'objective_personas', [
    { objective_id: OBJECTIVE.onlineRevenue, persona_id: PERSONA.nathalie },
    { objective_id: OBJECTIVE.traffic, persona_id: PERSONA.nathalie },
    { objective_id: OBJECTIVE.b2bLeads, persona_id: PERSONA.romain },
    { objective_id: OBJECTIVE.b2bLeads, persona_id: PERSONA.sophie },
    { objective_id: OBJECTIVE.conversion, persona_id: PERSONA.nathalie },
    { objective_id: OBJECTIVE.instagram, persona_id: PERSONA.nathalie },
    { objective_id: OBJECTIVE.instagram, persona_id: PERSONA.sophie },
    { objective_id: OBJECTIVE.cpa, persona_id: PERSONA.nathalie },
  ]);
}

/** Trait ids (1…n in the order above) that traceability links point to. */
export const TRAIT = { madeInFrance: 2, maintenance: 3, quickQuote: 10 } as const;
