// Writes scenarios/schema.json, the JSON Schema editors use to check scenario files, from the parameter table.
// Run it after changing the table, presets or the scenario format: a test fails while the file is stale.
import { writeFileSync } from 'node:fs';
import { schemaText } from '../src/cli/commands/schema';

/** Where the generated schema lives, relative to the repository root. */
const SCHEMA_PATH = 'scenarios/schema.json';

writeFileSync(SCHEMA_PATH, schemaText());
console.log(`wrote ${SCHEMA_PATH}`);
