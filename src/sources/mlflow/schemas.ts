import { z } from '../zod-mini';

/**
 * MLflow's REST payloads, from its protos (`service.proto`,
 * `model_registry.proto`) and its JSON conversion: snake_case names, int64
 * times in epoch milliseconds (strings from 1.x servers), enum names, and
 * unset fields and empty lists left out, so every list defaults to `[]`.
 */

/** int64 as MLflow ≥ 2 sends it (a number) or as 1.x did (a string of digits). */
const int64 = z.pipe(
  z.union([z.int(), z.string().check(z.regex(/^-?\d+$/, 'must be an integer or a string of digits'))]),
  z.transform(Number),
);

/** Versions are strings on the wire; tolerate a number. */
const versionNumber = z.pipe(z.union([z.string().check(z.minLength(1)), z.int()]), z.transform(String));

/** Doubles: protobuf's JSON writes NaN and the infinities as strings. */
const double = z.union([z.number(), z.pipe(z.enum(['NaN', 'Infinity', '-Infinity']), z.transform(Number))]);

const tagList = z._default(z.array(z.object({ key: z.string(), value: z._default(z.string(), '') })), []);
export type TagListWire = z.infer<typeof tagList>;

export const modelVersionWire = z.object({
  name: z.string(),
  version: versionNumber,
  creation_timestamp: int64,
  last_updated_timestamp: int64,
  user_id: z.optional(z.string()),
  /** `None | Staging | Production | Archived`: deprecated since MLflow 2.9, still sent. */
  current_stage: z.optional(z.string()),
  description: z.optional(z.string()),
  source: z.optional(z.string()),
  run_id: z.optional(z.string()),
  status: z._default(z.enum(['PENDING_REGISTRATION', 'FAILED_REGISTRATION', 'READY']), 'READY'),
  status_message: z.optional(z.string()),
  tags: tagList,
  run_link: z.optional(z.string()),
  /** On a version, aliases are plain names. */
  aliases: z._default(z.array(z.string()), []),
});
export type ModelVersionWire = z.infer<typeof modelVersionWire>;

export const registeredModelWire = z.object({
  name: z.string().check(z.minLength(1)),
  creation_timestamp: int64,
  last_updated_timestamp: int64,
  user_id: z.optional(z.string()),
  description: z.optional(z.string()),
  /** The newest version in each stage (None, Staging, Production, Archived). */
  latest_versions: z._default(z.array(modelVersionWire), []),
  tags: tagList,
  /** On a registered model, aliases name their version. */
  aliases: z._default(z.array(z.object({ alias: z.string(), version: versionNumber })), []),
});
export type RegisteredModelWire = z.infer<typeof registeredModelWire>;

export const searchRegisteredModelsWire = z.object({
  registered_models: z._default(z.array(registeredModelWire), []),
  next_page_token: z.optional(z.string()),
});

export const getRegisteredModelWire = z.object({ registered_model: registeredModelWire });

export const searchModelVersionsWire = z.object({
  model_versions: z._default(z.array(modelVersionWire), []),
  next_page_token: z.optional(z.string()),
});

export const getModelVersionWire = z.object({ model_version: modelVersionWire });

const datasetInputWire = z.object({
  tags: tagList,
  dataset: z.object({
    name: z.string(),
    digest: z.string(),
    source_type: z.optional(z.string()),
    /** JSON written by the dataset source: `{"uri": …}`, `{"path": …}`, `{"table_name": …}`. */
    source: z.optional(z.string()),
    schema: z.optional(z.string()),
    /** JSON such as `{"num_rows": 1000, "num_elements": 12000}`. */
    profile: z.optional(z.string()),
  }),
});
export type DatasetInputWire = z.infer<typeof datasetInputWire>;

export const runWire = z.object({
  info: z.object({
    run_id: z.optional(z.string()),
    /** Deprecated twin of run_id, the only id 1.x servers always sent. */
    run_uuid: z.optional(z.string()),
    experiment_id: z.optional(z.string()),
    run_name: z.optional(z.string()),
    user_id: z.optional(z.string()),
    status: z.enum(['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED']),
    start_time: int64,
    /** Absent while the run is running. */
    end_time: z.optional(int64),
    artifact_uri: z.optional(z.string()),
    lifecycle_stage: z.optional(z.string()),
  }),
  data: z.prefault(
    z.object({
      /** The latest value of each metric. */
      metrics: z._default(
        z.array(
          z.object({ key: z.string(), value: double, timestamp: z.optional(int64), step: z.optional(int64) }),
        ),
        [],
      ),
      params: tagList,
      tags: tagList,
    }),
    {},
  ),
  inputs: z.prefault(z.object({ dataset_inputs: z._default(z.array(datasetInputWire), []) }), {}),
});
export type RunWire = z.infer<typeof runWire>;

export const getRunWire = z.object({ run: runWire });

/** Every MLflow error: `{"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "…"}`. */
export const errorWire = z.object({ error_code: z.string(), message: z._default(z.string(), '') });
