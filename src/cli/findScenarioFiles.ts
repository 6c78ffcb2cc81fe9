// Lists the scenario files under a folder: every .json file at any depth except the JSON Schema itself.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Name of the generated JSON Schema, which sits among the scenarios but is not one. */
export const SCHEMA_FILE_NAME = 'schema.json';
/** Folder of claim files (a different format, checked by the claim command), skipped when walking. */
export const CLAIMS_FOLDER_NAME = 'claims';

function walk(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) return entry === CLAIMS_FOLDER_NAME ? [] : walk(path);
      return entry.endsWith('.json') && entry !== SCHEMA_FILE_NAME ? [path] : [];
    });
}

/** Scenario files under a folder, relative to the working directory, sorted; empty if the folder is missing. */
export function findScenarioFiles(folder: string): string[] {
  try {
    return walk(folder).map((path) => relative(process.cwd(), path) || path);
  } catch {
    return [];
  }
}
