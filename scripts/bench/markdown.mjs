// The full strategy report's content as Markdown, for pandoc: the same text, tables and audit
// screenshots (at most four per channel, as the report prints), read from the engagement's JSON
// export (`orchestre export-json`). Not included: the report's charts, cover, branding and
// computed table of contents — work pandoc is spared, so the comparison favours pandoc.
import fs from 'node:fs';
import path from 'node:path';

const cell = (value) => String(value ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || '—';
const euros = (cents) => `${(Number(cents ?? 0) / 100).toLocaleString('fr-FR')} €`;
const byPosition = (a, b) => (a.position ?? 0) - (b.position ?? 0);

function table(headers, rows) {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''].join('\n');
}

/** Writes report.md and its images into `folder`; returns the Markdown file's path. */
export function writeEquivalentMarkdown(json, folder) {
  const t = json.tables;
  const info = t.engagement[0];
  const out = [`% ${info.title}`, `% ${info.client_name}`, ''];
  fs.mkdirSync(path.join(folder, 'images'), { recursive: true });

  out.push('# Synthèse', '', info.client_description || '', '', '# Contexte', '', info.context || '', '');

  const questions = new Map(t.guide_questions.map((q) => [q.id, q]));
  const tags = new Map();
  for (const tag of t.note_tags) tags.set(tag.note_id, [...(tags.get(tag.note_id) ?? []), tag.tag]);
  const notesBySession = new Map();
  for (const note of t.notes) if (!note.deleted_at) notesBySession.set(note.session_id, [...(notesBySession.get(note.session_id) ?? []), note]);
  for (const session of t.interview_sessions) {
    out.push(`# Entretien : ${session.title}`, '', `Date : ${session.held_on ?? '—'} · ${session.location}`, '', session.summary, '');
    const groups = new Map();
    for (const note of (notesBySession.get(session.id) ?? []).sort(byPosition)) {
      const key = note.question_id ?? 0;
      groups.set(key, [...(groups.get(key) ?? []), note]);
    }
    for (const [questionId, notes] of groups) {
      out.push(`## ${questionId ? questions.get(questionId)?.text : 'Autres notes'}`, '');
      for (const note of notes) out.push(`- ${note.body}${tags.has(note.id) ? ` *(${tags.get(note.id).join(', ')})*` : ''}`);
      out.push('');
    }
  }

  const images = new Map(t.images.map((image) => [image.id, image]));
  out.push('# Audit de présence digitale', '');
  for (const channel of [...t.audit_channels].sort(byPosition)) {
    out.push(`## ${channel.name}`, '', channel.summary, '');
    const criteria = t.audit_criteria.filter((c) => c.channel_id === channel.id).sort(byPosition);
    out.push(table(['Critère', 'Note', 'Constat'], criteria.map((c) => [c.label, c.not_applicable ? 'N/A' : `${c.score ?? '—'}/5`, c.evidence])));
    for (const finding of t.audit_findings.filter((f) => f.channel_id === channel.id)) out.push(`- ${finding.kind === 'strength' ? 'Point fort' : 'À améliorer'} : ${finding.text}`);
    out.push('');
    for (const shot of t.audit_images.filter((a) => a.channel_id === channel.id).sort(byPosition).slice(0, 4)) {
      const image = images.get(shot.image_id);
      const name = `image-${image.id}.${image.mime === 'image/png' ? 'png' : 'jpg'}`;
      fs.writeFileSync(path.join(folder, 'images', name), Buffer.from(image.data, 'base64'));
      out.push(`![${cell(shot.caption)}](images/${name}){width=15cm}`, '');
    }
    const metrics = t.channel_metrics.filter((m) => m.channel_id === channel.id);
    if (metrics.length) out.push(table(['Indicateur', 'Valeur', 'Source'], metrics.map((m) => [m.label, `${m.value ?? '—'} ${m.unit}`, m.source])));
  }
  out.push('# Recommandations', '', table(['Recommandation', 'Impact', 'Effort', 'Priorité'], t.recommendations.map((r) => [r.text, r.impact, r.effort, r.priority])));
  out.push('# SWOT', '');
  for (const quadrant of ['strength', 'weakness', 'opportunity', 'threat']) {
    out.push(`## ${quadrant}`, '', ...t.swot_items.filter((s) => s.quadrant === quadrant && !s.hidden).map((s) => `- ${s.text}`), '');
  }

  const competitors = [...t.competitors].sort(byPosition);
  const scores = new Map(t.benchmark_scores.map((s) => [`${s.competitor_id}:${s.criterion_id}`, s]));
  out.push('# Benchmark concurrentiel', '', ...competitors.map((c) => `- **${c.name}** — ${c.positioning}`), '');
  out.push(table(['Critère', ...competitors.map((c) => c.name)], t.audit_criteria.map((criterion) => [criterion.label, ...competitors.map((c) => scores.get(`${c.id}:${criterion.id}`)?.score ?? '—')])));
  out.push(...t.benchmark_learnings.map((l) => `- ${l.text} (${l.fit})`), '');

  out.push('# Personas', '');
  for (const persona of t.personas) {
    out.push(`## ${persona.name}`, '', `${persona.age_range} · ${persona.job}`, '', persona.bio, '', `> ${persona.quote}`, '');
    out.push(...t.persona_traits.filter((trait) => trait.persona_id === persona.id).map((trait) => `- ${trait.kind} : ${trait.text}`), '');
  }

  out.push('# Objectifs SMART', '', table(['Objectif', 'Indicateur', 'Départ', 'Cible', 'Échéance'], t.objectives.map((o) => [o.statement, o.kpi_label, o.baseline, o.target, o.deadline])));

  const phases = new Map(t.phases.map((p) => [p.id, p.name]));
  const channels = new Map(t.audit_channels.map((c) => [c.id, c.name]));
  out.push('# Plan d’action', '');
  out.push(table(['Action', 'Phase', 'Canal', 'Responsable', 'Début', 'Fin', 'Budget', 'Statut'], [...t.actions].sort(byPosition).map((a) => [
    a.title, phases.get(a.phase_id), channels.get(a.channel_id) ?? a.channel_label, a.owner_name, a.start_date, a.end_date, euros(a.budget_planned_cents), a.status,
  ])));
  out.push('# Risques', '', table(['Risque', 'Probabilité', 'Impact', 'Parade'], t.risks.map((r) => [r.title, r.probability, r.impact, r.mitigation])));
  out.push('# Annexes : traçabilité', '', table(['Source', 'Cible'], t.item_links.map((l) => [`${l.source_kind} ${l.source_id}`, `${l.target_kind} ${l.target_id}`])));

  const file = path.join(folder, 'report.md');
  fs.writeFileSync(file, out.join('\n'));
  return file;
}
