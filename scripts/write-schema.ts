// Writes scenarios/schema.json, the JSON Schema editors use to check scenario files, from the parameter table.
// Run it after changing the table, presets or the scenario format: a test fails while the file is stale.
import { writeFileSync } from 'node:fs';
import { claimSchemaText } from '../src/cli/commands/claim';
import { schemaText } from '../src/cli/commands/schema';

/** Where the generated schema lives, relative to the repository root. */
const SCHEMA_PATH = 'scenarios/schema.json';
/** Where the claim-file schema lives (docs/claims.md). */
const CLAIM_SCHEMA_PATH = 'scenarios/claims/schema.json';

writeFileSync(SCHEMA_PATH, schemaText());
console.log(`wrote ${SCHEMA_PATH}`);
writeFileSync(CLAIM_SCHEMA_PATH, claimSchemaText());
console.log(`wrote ${CLAIM_SCHEMA_PATH}`);
