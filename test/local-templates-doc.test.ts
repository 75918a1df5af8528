import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { localTemplatesMarkdown } from '../src/publish/local-templates-markdown.js';

/** docs/local-templates.md is rendered from src/model/local-templates.ts; a change to either must regenerate it. */
describe('docs/local-templates.md', () => {
  it('matches the template definitions (regenerate: UPDATE_DOCS=1 npx vitest run test/local-templates-doc.test.ts)', async () => {
    const rendered = localTemplatesMarkdown();
    if (process.env.UPDATE_DOCS === '1') await writeFile('docs/local-templates.md', rendered);
    expect(await readFile('docs/local-templates.md', 'utf8')).toBe(rendered);
  });
});
