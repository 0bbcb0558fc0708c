import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { currentSchemaText } from '../../../electron/core/store/schemaText';

test('docs/schema.sql matches the migrations (run `npm run schema` after adding one)', () => {
  const committed = fs.readFileSync(path.join(__dirname, '../../../docs/schema.sql'), 'utf8');
  expect(committed).toBe(currentSchemaText());
});
