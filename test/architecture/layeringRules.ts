// What the core may not import or touch, as pure functions over a file's text (tested on their own).

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

/**
 * The engine's transcendental functions: engines may round them differently in the last bit (Node 20 and
 * Chromium 156 do), which breaks byte-identical results across CLI, browser and worker (docs/model.md, Monte Carlo).
 */
const ENGINE_MATH_PATTERN =
  /\bMath\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot)\b/g;
/** The exponentiation operator (and **=), which is Math.pow under another name. */
const EXPONENT_OPERATOR_PATTERN = /\*\*/;

/** The text of the code alone: comments dropped and the contents of string literals emptied. */
function codeOnly(sourceText: string): string {
  return sourceText
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

/** Problems found in one core source file's text; empty when it keeps to the rule. */
export function findLayeringViolations(sourceText: string): string[] {
  const problems: string[] = [];
  const importPattern = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of sourceText.matchAll(importPattern)) {
    const moduleName = match[1] ?? match[2] ?? '';
    if (FORBIDDEN_MODULES.some((pattern) => pattern.test(moduleName)))
      problems.push(`imports "${moduleName}"`);
  }
  // Globals count only in code: drop comments and the contents of string literals first.
  const code = codeOnly(sourceText);
  for (const pattern of FORBIDDEN_GLOBALS) {
    if (pattern.test(code))
      problems.push(`uses ${pattern.source.replaceAll('\\b', '').replaceAll('\\', '')}`);
  }
  return problems;
}

/**
 * Uses of engine-rounded maths in a core file outside src/core/math: Math.exp, Math.log, Math.pow, Math.sin
 * and the other transcendentals, and the ** operator (comments and strings are ignored). Empty when clean.
 */
export function findEngineMathViolations(sourceText: string): string[] {
  const code = codeOnly(sourceText);
  const problems = [...new Set([...code.matchAll(ENGINE_MATH_PATTERN)].map((match) => match[0]))].map(
    (call) => `uses ${call}, whose last bit differs between engines: use src/core/math instead`,
  );
  if (EXPONENT_OPERATOR_PATTERN.test(code)) {
    problems.push(
      'uses the ** operator, whose last bit differs between engines: use pow from src/core/math instead',
    );
  }
  return problems;
}
