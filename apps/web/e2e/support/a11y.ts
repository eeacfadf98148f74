import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

const RESULTS = join(__dirname, '../../../../test-results/a11y');

/**
 * Runs axe-core (every rule: WCAG 2.x A/AA and best practices) on the page as it stands, and fails
 * on any serious or critical violation, naming the rule and the elements. Each page's counts by
 * impact are written to test-results/a11y/<page>.json for the report.
 */
export async function expectNoSeriousA11yViolations(page: Page, name: string): Promise<void> {
  // Nothing still loading: no busy tile, no running progress bar (gauges are determinate).
  await expect(page.locator('[aria-busy="true"], mat-progress-bar[mode="indeterminate"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  const count = (impact: string) => results.violations.filter((v) => v.impact === impact).length;
  mkdirSync(RESULTS, { recursive: true });
  const file = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
  writeFileSync(
    join(RESULTS, `${file}.json`),
    `${JSON.stringify({
      page: name,
      url: new URL(page.url()).pathname,
      passes: results.passes.length,
      critical: count('critical'),
      serious: count('serious'),
      moderate: count('moderate'),
      minor: count('minor'),
      rules: results.violations.map((v) => `${v.id} (${v.impact})`),
    })}\n`,
  );
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, `Accessibilité de « ${name} »`).toEqual([]);
}
