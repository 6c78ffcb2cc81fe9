// What the core may not import or touch, as a pure function over a file's text (tested on its own).

const FORBIDDEN_MODULES: readonly RegExp[] = [
  /^react(-dom)?(\/|$)/,
  /^zustand(\/|$)/,
  /^plotly\.js/,
  /^node:/,
  /^(fs|path|os|child_process|url|util|crypto|http|https|worker_threads)(\/|$)/,
  /(^|\/)(app|cli|worker)\//,
];

const FORBIDDEN_GLOBALS: readonly RegExp[] = [
  /\bdocument\./,
  /\bwindow\./,
  /\blocalStorage\b/,
  /\bprocess\.(env|argv|exit|stdout)/,
];

/** Problems found in one core source file's text; empty when it keeps to the rule. */
export function findLayeringViolations(sourceText: string): string[] {
  const problems: string[] = [];
  const importPattern = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of sourceText.matchAll(importPattern)) {
    const moduleName = match[1] ?? match[2] ?? '';
    if (FORBIDDEN_MODULES.some((pattern) => pattern.test(moduleName))) problems.push(`imports "${moduleName}"`);
  }
  // Globals count only in code: drop comments and the contents of string literals first.
  const codeOnly = sourceText
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
  for (const pattern of FORBIDDEN_GLOBALS) {
    if (pattern.test(codeOnly)) problems.push(`uses ${pattern.source.replaceAll('\\b', '').replaceAll('\\', '')}`);
  }
  return problems;
}
