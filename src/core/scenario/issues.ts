// Turns validator issues into FieldErrors: a readable path ("variants[1].params.network.rttMs") and a message
// that says what is allowed. Unknown parameter paths get a "did you mean" hint from the table.
import type * as z from 'zod';
import type { FieldError } from '../params/constraints';
import { PARAMETER_ROWS } from '../params/table';
import { showName } from './limits';
import { UNKNOWN_PARAMETER } from './messages';
import { didYouMean } from './suggest';

/** Path shown for a problem with the whole document. */
export const TOP_LEVEL_PATH = '(top level)';

/** "variants[1].params.network.rttMs" from ["variants", 1, "params", "network.rttMs"]. */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  const text = segments
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const key = showName(String(segment));
      return index === 0 ? key : `.${key}`;
    })
    .join('');
  return text === '' ? TOP_LEVEL_PATH : text;
}

/** Joins a prefix and a path written by formatPath. */
export function joinPath(prefix: string, path: string): string {
  if (path === TOP_LEVEL_PATH) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function unknownKeyMessage(issueMessage: string, key: string): string {
  if (issueMessage !== UNKNOWN_PARAMETER) return issueMessage;
  const paths = PARAMETER_ROWS.map((row) => row.path);
  return `unknown parameter${didYouMean(key, paths)}; parameters are written "group.name" (list them with the schema command)`;
}

/** One or more FieldErrors for one validator issue. */
function issueErrors(issue: z.core.$ZodIssue): FieldError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: unknownKeyMessage(issue.message, key),
    }));
  }
  if (issue.code === 'invalid_union' && issue.discriminator !== undefined && 'options' in issue) {
    const options = (issue.options ?? []).map((option) => `"${String(option)}"`).join(', ');
    return [{ path: formatPath(issue.path), message: `must be one of ${options}` }];
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

/** FieldErrors for every issue of a failed parse, in document order, without duplicates. */
export function fieldErrorsFromIssues(issues: ReadonlyArray<z.core.$ZodIssue>): FieldError[] {
  const seen = new Set<string>();
  return issues.flatMap(issueErrors).filter((error) => {
    const key = `${error.path}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
