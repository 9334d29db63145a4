import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Test helper: response validators for the operations of contract/openapi.yaml.
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, so Ajv validates them directly.
 */

const CONTRACT_ID = 'sightline-contract';
// Top-level OpenAPI fields: not JSON Schema keywords, and never validated as such.
const OPENAPI_FIELDS = ['openapi', 'info', 'servers', 'tags', 'security', 'paths', 'components', 'webhooks'];

interface Operation {
  operationId: string;
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> };
}

export interface ContractValidator {
  document: OpenApiDocument;
  operationIds: string[];
  /** The validator for the JSON body of `status` (or `default`) of an operation. */
  response(operationId: string, status: number): ValidateFunction;
}

export function loadContract(): ContractValidator {
  // A path, not a URL: jsdom replaces the global URL class, and Node's fs refuses its instances.
  const text = readFileSync(resolve(import.meta.dirname, '../../../contract/openapi.yaml'), 'utf8');
  const document = parse(text) as OpenApiDocument;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(OPENAPI_FIELDS);
  ajv.addSchema({ ...(document as object), $id: CONTRACT_ID });

  const operations = new Map<string, Operation>();
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods)) operations.set(operation.operationId, operation);
  }

  return {
    document,
    operationIds: [...operations.keys()],
    response(operationId, status) {
      const operation = operations.get(operationId);
      if (!operation) throw new Error(`No operation ${operationId} in the contract`);
      let response = operation.responses[String(status)] ?? operation.responses.default;
      const shared = response?.$ref?.replace('#/components/responses/', '');
      if (shared) response = document.components.responses[shared];
      const ref = response?.content?.['application/json']?.schema?.$ref;
      if (!ref) throw new Error(`${operationId} documents no JSON schema for ${status}`);
      return ajv.getSchema(`${CONTRACT_ID}${ref}`) ?? ajv.compile({ $ref: `${CONTRACT_ID}${ref}` });
    },
  };
}
