import { alertmanagerKind } from './alertmanager/kind';
import { demoKind } from './demo/kind';
import type { SourceKind } from './kind';
import { lokiKind } from './loki/kind';
import { marquezKind } from './marquez/kind';
import { mlflowKind } from './mlflow/kind';
import { prometheusKind } from './prometheus/kind';
import { sightlineKind } from './rest/kind';

/**
 * Every kind of backend, in the order the Connections page offers them. Adding a kind is one
 * folder under sources/ exporting a descriptor (kind.ts) and one line here: see docs/sources.md.
 */
export const SOURCE_KINDS = [
  demoKind,
  sightlineKind,
  mlflowKind,
  prometheusKind,
  alertmanagerKind,
  marquezKind,
  lokiKind,
] as const;

export type ConnectionKind = (typeof SOURCE_KINDS)[number]['id'];

export const CONNECTION_KINDS = SOURCE_KINDS.map((kind) => kind.id) as [ConnectionKind, ...ConnectionKind[]];

const BY_ID = new Map<string, SourceKind>(SOURCE_KINDS.map((kind) => [kind.id, kind]));

/** The descriptor of a kind (a connection's `kind` is validated against CONNECTION_KINDS first). */
export function kindOf(id: ConnectionKind): SourceKind {
  const kind = BY_ID.get(id);
  if (!kind) throw new Error(`Unknown connection kind "${id}".`);
  return kind;
}

/** Whether a kind's connections need a URL (all but the built-in demo). */
export function takesUrl(id: ConnectionKind): boolean {
  return kindOf(id).urlPlaceholder !== undefined;
}
