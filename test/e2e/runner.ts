// A tiny test runner for browser cases: each case is a named async function run on a fresh browser context
// (its own storage) and page. Prints "ok - name" or "not ok - name" with the error, saves a screenshot per
// case to test-results/, fails a case that logged console errors, and ends with "N passed, N failed".
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from './harness';

/** What a case receives. */
export interface CaseContext {
  page: Page;
  context: BrowserContext;
  /** Root URL of the served app, ending in "/". */
  baseUrl: string;
  /** Console errors and uncaught exceptions seen so far on this case's pages. */
  consoleErrors: string[];
  /** Opens another page in the same context, with its console errors collected too. */
  newPage: () => Promise<Page>;
}

/** A named browser test. */
export interface BrowserCase {
  name: string;
  run: (context: CaseContext) => Promise<void>;
}

/** Where screenshots go (gitignored). */
export const RESULTS_DIR = resolve(REPO_ROOT, 'test-results');

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Runs `cases` in order; returns the number passed and failed. */
export async function runCases(
  browser: Browser,
  baseUrl: string,
  cases: readonly BrowserCase[],
): Promise<{ passed: number; failed: number }> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  let passed = 0;
  let failed = 0;
  for (const testCase of cases) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const consoleErrors: string[] = [];
    const newPage = async () => {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      return page;
    };
    const page = await newPage();
    try {
      await testCase.run({ page, context, baseUrl, consoleErrors, newPage });
      if (consoleErrors.length > 0) throw new Error(`console errors:\n  ${consoleErrors.join('\n  ')}`);
      passed += 1;
      console.log(`ok - ${testCase.name}`);
    } catch (error) {
      failed += 1;
      console.log(`not ok - ${testCase.name}`);
      console.log(`  ${(error instanceof Error ? error.message : String(error)).split('\n').join('\n  ')}`);
    } finally {
      await page
        .screenshot({ path: resolve(RESULTS_DIR, `${slug(testCase.name)}.png`), fullPage: true })
        .catch(() => undefined);
      await context.close();
    }
  }
  return { passed, failed };
}

/** Throws with `message` unless `condition` holds. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
