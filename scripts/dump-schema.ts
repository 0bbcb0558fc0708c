// Regenerates docs/schema.sql from the migrations (`npm run schema`).
import fs from 'node:fs';
import path from 'node:path';
import { currentSchemaText } from '../electron/core/store/schemaText';

const target = path.join(__dirname, '..', 'docs', 'schema.sql');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, currentSchemaText());
process.stdout.write(`wrote ${target}\n`);
