import { describe, expect, test } from 'vitest';
import { roleSchema } from '../../../src/schemas/role.ts';
import { roleRecord } from '../../../src/views/exports.ts';

const role = roleSchema.parse({
  title: 'AI Engineer',
  summary: 'Builds products on top of existing foundation models.',
  family: 'engineering',
  focus: 'Application integration',
  technicalDepth: { level: 'high' },
  responsibilities: ['Builds retrieval pipelines'],
  skills: ['Backend engineering'],
  signals: ['Has shipped a retrieval system'],
  hiringStage: 'early-stage',
  levels: (['mid', 'senior', 'staff'] as const).map((id) => ({ id, title: id, scope: 'A scope for the tests.', autonomy: 'An autonomy for the tests.', impact: 'An impact for the tests.', change: 'A change for the tests.', signals: ['A signal'] })),
  payBands: [{ level: 'senior', currency: 'EUR', min: 98000, max: 124000, asOf: '2026-10-01' }],
  occupationGap: 'None for the tests.',
  sources: ['pay-data'],
  lastReviewed: '2026-11-01',
});
const urls = { page: 'https://x/roles/a/', json: 'https://x/api/roles/a.json', jobDescription: 'https://x/roles/a/job-description.md' };

describe('a role as exported', () => {
  test('leaves the company\'s pay bands out unless the deployment exports them, and never mixes them into compensation', () => {
    const record = roleRecord('a', role, urls);
    expect(record).not.toHaveProperty('payBands');
    expect(record).not.toHaveProperty('draft');
    expect(JSON.stringify(record)).not.toContain('98000');
    const exported = roleRecord('a', role, urls, { payBands: true });
    expect(exported.payBands).toEqual([{ level: 'senior', currency: 'EUR', min: 98000, max: 124000, asOf: '2026-10-01' }]);
    expect(exported.compensation).toEqual([]);
    // A role without bands exports none, even with the setting on.
    expect(roleRecord('a', { ...role, payBands: [] }, urls, { payBands: true })).not.toHaveProperty('payBands');
  });
});
