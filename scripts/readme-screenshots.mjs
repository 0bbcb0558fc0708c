// Copies the README's few screenshots out of the ones the axe spec takes of every
// screen (test-results/screens/<lang>-<theme>/<screen>.png), so the README shows the
// build that was just tested. Run after `npx playwright test tests/e2e/a11y.spec.ts`.
import fs from 'node:fs';
import path from 'node:path';

const PICKED = [
  ['fr-light/overview.png', 'overview-fr.png'],
  ['fr-light/audit-synthesis.png', 'audit-synthesis-fr.png'],
  ['fr-dark/plan-timeline.png', 'plan-timeline-fr-dark.png'],
  ['en-light/persona-detail.png', 'persona-en.png'],
];

const from = path.join('test-results', 'screens');
const to = path.join('docs', 'screenshots');
let missing = 0;
for (const [source, target] of PICKED) {
  const file = path.join(from, source);
  if (!fs.existsSync(file)) {
    console.error(`missing ${file}: run the axe spec first`);
    missing += 1;
    continue;
  }
  fs.copyFileSync(file, path.join(to, target));
  console.log(`${file} → ${path.join(to, target)}`);
}
process.exit(missing ? 1 : 0);
