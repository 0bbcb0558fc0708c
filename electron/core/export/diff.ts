import type { Lang } from '../../../src/shared/lang';
import type { ItemChange } from '../../../src/shared/model/deliverables';
import type { SnapshotContent } from './snapshot';

interface Collection {
  item: { fr: [string, string]; en: [string, string] };
  list: (c: SnapshotContent) => { id: number; label: string; value: unknown }[];
}

const COLLECTIONS: Collection[] = [
  { item: { fr: ['objectif', 'objectifs'], en: ['objective', 'objectives'] }, list: (c) => c.objectives.objectives.map((o) => ({ id: o.id, label: o.statement, value: o })) },
  { item: { fr: ['action', 'actions'], en: ['action', 'actions'] }, list: (c) => c.plan.actions.map((a) => ({ id: a.id, label: a.title, value: a })) },
  { item: { fr: ['phase', 'phases'], en: ['phase', 'phases'] }, list: (c) => c.plan.phases.map((p) => ({ id: p.id, label: p.name, value: p })) },
  { item: { fr: ['persona', 'personas'], en: ['persona', 'personas'] }, list: (c) => c.personas.personas.map((p) => ({ id: p.id, label: p.name, value: p })) },
  { item: { fr: ['concurrent', 'concurrents'], en: ['competitor', 'competitors'] }, list: (c) => c.benchmark.competitors.map((x) => ({ id: x.id, label: x.name, value: x })) },
  { item: { fr: ['canal audité', 'canaux audités'], en: ['audited channel', 'audited channels'] }, list: (c) => c.audit.channels.map((x) => ({ id: x.id, label: x.name, value: x })) },
  { item: { fr: ['risque', 'risques'], en: ['risk', 'risks'] }, list: (c) => c.plan.risks.map((x) => ({ id: x.id, label: x.title, value: x })) },
  { item: { fr: ['entretien', 'entretiens'], en: ['interview', 'interviews'] }, list: (c) => c.interviews.sessions.map((x) => ({ id: x.id, label: x.title, value: x })) },
  { item: { fr: ['élément SWOT', 'éléments SWOT'], en: ['SWOT item', 'SWOT items'] }, list: (c) => c.audit.swot.map((x) => ({ id: x.id, label: x.text, value: x })) },
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: unknown, after: unknown): string[] {
  if (typeof before !== 'object' || typeof after !== 'object' || !before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !same((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]));
}

/** Items added, removed and changed between the content sent to the client and today's. */
export function diffContent(sent: SnapshotContent, now: SnapshotContent, lang: Lang): { changes: ItemChange[]; sentences: string[] } {
  const changes: ItemChange[] = [];
  const sentences: string[] = [];
  const fr = lang === 'fr';
  const clip = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);
  for (const collection of COLLECTIONS) {
    const [one, many] = collection.item[lang];
    const before = new Map(collection.list(sent).map((x) => [x.id, x]));
    const after = new Map(collection.list(now).map((x) => [x.id, x]));
    const added = [...after.values()].filter((x) => !before.has(x.id));
    const removed = [...before.values()].filter((x) => !after.has(x.id));
    const changed = [...after.values()].filter((x) => before.has(x.id) && !same(before.get(x.id)!.value, x.value));
    for (const x of added) changes.push({ item: one, change: 'added', label: x.label });
    for (const x of removed) changes.push({ item: one, change: 'removed', label: x.label });
    for (const x of changed) changes.push({ item: one, change: 'changed', label: x.label, fields: changedFields(before.get(x.id)!.value, x.value) });
    // « Actions — 2 ajouts : … » reads right whatever the noun's gender.
    const say = (list: { label: string }[], verb: { fr: string; en: string }) => {
      if (!list.length) return;
      const n = list.length;
      const names = list.slice(0, 5).map((x) => (fr ? `«\u00a0${clip(x.label)}\u00a0»` : `“${clip(x.label)}”`)).join(', ') + (n > 5 ? '…' : '');
      const noun = n > 1 ? many : one;
      sentences.push(fr ? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} — ${n} ${verb.fr}${n > 1 ? 's' : ''}\u00a0: ${names}` : `${n} ${noun} ${verb.en}: ${names}`);
    };
    say(added, { fr: 'ajout', en: 'added' });
    say(removed, { fr: 'retrait', en: 'removed' });
    say(changed, { fr: 'modification', en: 'changed' });
  }
  if (!same(sent.engagement.info, now.engagement.info)) {
    changes.push({ item: fr ? 'mission' : 'engagement', change: 'changed', label: now.engagement.info.title, fields: changedFields(sent.engagement.info, now.engagement.info) });
    sentences.push(fr ? 'La fiche de la mission a été modifiée.' : 'The engagement details have changed.');
  }
  return { changes, sentences };
}
