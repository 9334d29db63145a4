import { z } from 'zod';

/**
 * MLflow's REST payloads, from its protos (`service.proto`,
 * `model_registry.proto`) and its JSON conversion: snake_case names, int64
 * times in epoch milliseconds (strings from 1.x servers), enum names, and
 * unset fields and empty lists left out, so every list defaults to `[]`.
 */

/** int64 as MLflow ≥ 2 sends it (a number) or as 1.x did (a string of digits). */
const int64 = z
  .union([z.number().int(), z.string().regex(/^-?\d+$/, 'must be an integer or a string of digits')])
  .transform(Number);

/** Versions are strings on the wire; tolerate a number. */
const versionNumber = z.union([z.string().min(1), z.number().int()]).transform(String);

/** Doubles: protobuf's JSON writes NaN and the infinities as strings. */
const double = z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity']).transform(Number)]);

const tagList = z.array(z.object({ key: z.string(), value: z.string().default('') })).default([]);
export type TagListWire = z.infer<typeof tagList>;

export const modelVersionWire = z.object({
  name: z.string(),
  version: versionNumber,
  creation_timestamp: int64,
  last_updated_timestamp: int64,
  user_id: z.string().optional(),
  /** `None | Staging | Production | Archived`: deprecated since MLflow 2.9, still sent. */
  current_stage: z.string().optional(),
  description: z.string().optional(),
  source: z.string().optional(),
  run_id: z.string().optional(),
  status: z.enum(['PENDING_REGISTRATION', 'FAILED_REGISTRATION', 'READY']).default('READY'),
  status_message: z.string().optional(),
  tags: tagList,
  run_link: z.string().optional(),
  /** On a version, aliases are plain names. */
  aliases: z.array(z.string()).default([]),
});
export type ModelVersionWire = z.infer<typeof modelVersionWire>;

export const registeredModelWire = z.object({
  name: z.string().min(1),
  creation_timestamp: int64,
  last_updated_timestamp: int64,
  user_id: z.string().optional(),
  description: z.string().optional(),
  /** The newest version in each stage (None, Staging, Production, Archived). */
  latest_versions: z.array(modelVersionWire).default([]),
  tags: tagList,
  /** On a registered model, aliases name their version. */
  aliases: z.array(z.object({ alias: z.string(), version: versionNumber })).default([]),
});
export type RegisteredModelWire = z.infer<typeof registeredModelWire>;

export const searchRegisteredModelsWire = z.object({
  registered_models: z.array(registeredModelWire).default([]),
  next_page_token: z.string().optional(),
});

export const getRegisteredModelWire = z.object({ registered_model: registeredModelWire });

export const searchModelVersionsWire = z.object({
  model_versions: z.array(modelVersionWire).default([]),
  next_page_token: z.string().optional(),
});

export const getModelVersionWire = z.object({ model_version: modelVersionWire });

const datasetInputWire = z.object({
  tags: tagList,
  dataset: z.object({
    name: z.string(),
    digest: z.string(),
    source_type: z.string().optional(),
    /** JSON written by the dataset source: `{"uri": …}`, `{"path": …}`, `{"table_name": …}`. */
    source: z.string().optional(),
    schema: z.string().optional(),
    /** JSON such as `{"num_rows": 1000, "num_elements": 12000}`. */
    profile: z.string().optional(),
  }),
});
export type DatasetInputWire = z.infer<typeof datasetInputWire>;

export const runWire = z.object({
  info: z.object({
    run_id: z.string().optional(),
    /** Deprecated twin of run_id, the only id 1.x servers always sent. */
    run_uuid: z.string().optional(),
    experiment_id: z.string().optional(),
    run_name: z.string().optional(),
    user_id: z.string().optional(),
    status: z.enum(['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED']),
    start_time: int64,
    /** Absent while the run is running. */
    end_time: int64.optional(),
    artifact_uri: z.string().optional(),
    lifecycle_stage: z.string().optional(),
  }),
  data: z
    .object({
      /** The latest value of each metric. */
      metrics: z
        .array(
          z.object({ key: z.string(), value: double, timestamp: int64.optional(), step: int64.optional() }),
        )
        .default([]),
      params: tagList,
      tags: tagList,
    })
    .prefault({}),
  inputs: z.object({ dataset_inputs: z.array(datasetInputWire).default([]) }).prefault({}),
});
export type RunWire = z.infer<typeof runWire>;

export const getRunWire = z.object({ run: runWire });

/** Every MLflow error: `{"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "…"}`. */
export const errorWire = z.object({ error_code: z.string(), message: z.string().default('') });
