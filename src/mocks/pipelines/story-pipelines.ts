import type { DatasetColumn, QualityCheck } from '../../domain/pipelines/types';
import { DAY, HOUR } from '../fleet/time';
import type { PipelineSpec, RunTwist } from './pipeline-spec';

const col = (name: string, type: string): DatasetColumn => ({ name, type });

const STORES_BEFORE = [col('store_id', 'INT64'), col('region', 'STRING'), col('opened_on', 'DATE')];
/** The stores export switched to string ids on a new store-code system: unmatched ids became null. */
const STORES_AFTER = [col('store_id', 'STRING'), col('store_code', 'STRING'), col('opened_on', 'DATE')];
const DEMAND_RAW = [
  col('sku', 'STRING'),
  col('store_id', 'INT64'),
  col('day', 'DATE'),
  col('units_sold', 'INT64'),
  col('price', 'FLOAT64'),
  col('promo_flag', 'BOOL'),
];

const NULL_SHARES = [0.031, 0.034, 0.032, 0.033, 0.034, 0.032, 0.031, 0.032];

/** The null store_id check of the demand validation, as it came out `age` days ago. */
export function storeIdCheck(age: number): QualityCheck {
  const share = age < NULL_SHARES.length ? (NULL_SHARES[age] ?? 0.032) : 0.0004;
  return {
    id: 'demand_raw.store_id.null_rate',
    name: 'store_id null rate',
    dataset: 'demand_raw',
    column: 'store_id',
    expected: '≤ 1 %',
    observed: `${(share * 100).toFixed(share < 0.01 ? 2 : 1)} %`,
    result: share > 0.01 ? 'fail' : 'pass',
  };
}

/** Failing for the last 8 daily runs, since the stores export changed. */
const DEMAND_FAILING_RUNS = 8;

export const DEMAND_PIPELINE: PipelineSpec = {
  id: 'demand-features',
  name: 'demand-forecast features',
  owner: 'noah.schmidt',
  description: 'Joins daily sales with the stores export, validates the join and trains demand-forecast.',
  periodMs: DAY,
  freshnessSlaMs: 26 * HOUR,
  runCount: 45,
  steps: [
    {
      id: 'extract_stores',
      name: 'Extract stores export',
      dependsOn: [],
      outputs: ['stores_export'],
      minutes: 4,
    },
    {
      id: 'extract_sales',
      name: 'Extract daily sales',
      dependsOn: [],
      outputs: ['sales_daily'],
      minutes: 11,
    },
    {
      id: 'join_store_sales',
      name: 'Join sales with stores',
      dependsOn: ['extract_stores', 'extract_sales'],
      inputs: ['stores_export', 'sales_daily'],
      outputs: ['demand_raw'],
      minutes: 9,
    },
    {
      id: 'validate_demand_raw',
      name: 'Validate demand_raw',
      dependsOn: ['join_store_sales'],
      inputs: ['demand_raw'],
      minutes: 3,
    },
    {
      id: 'build_features',
      name: 'Build features',
      dependsOn: ['validate_demand_raw'],
      inputs: ['demand_raw'],
      outputs: ['demand_features'],
      minutes: 14,
    },
    {
      id: 'validate_features',
      name: 'Validate features',
      dependsOn: ['build_features'],
      inputs: ['demand_features'],
      minutes: 2,
    },
    {
      id: 'train',
      name: 'Train demand-forecast',
      dependsOn: ['validate_features'],
      inputs: ['demand_features'],
      minutes: 38,
    },
    { id: 'evaluate', name: 'Evaluate against production', dependsOn: ['train'], minutes: 6 },
    { id: 'register', name: 'Register version', dependsOn: ['evaluate'], minutes: 1 },
  ],
  columns: {
    stores_export: STORES_BEFORE,
    sales_daily: [
      col('sku', 'STRING'),
      col('store_id', 'INT64'),
      col('day', 'DATE'),
      col('units_sold', 'INT64'),
    ],
    demand_raw: DEMAND_RAW,
    demand_features: [
      col('sku', 'STRING'),
      col('store_id', 'INT64'),
      col('units_sold_28d', 'FLOAT64'),
      col('price_index', 'FLOAT64'),
      col('promo_flag', 'BOOL'),
      col('week_of_year', 'INT64'),
    ],
  },
  rows: { stores_export: 1_840, sales_daily: 2_310_000, demand_raw: 2_290_000, demand_features: 2_270_000 },
  trains: { model: 'demand-forecast', dataset: 'demand_features' },
  twist(age): RunTwist {
    const check = storeIdCheck(age);
    if (age >= DEMAND_FAILING_RUNS) return { checks: { validate_demand_raw: [check] } };
    return {
      states: { validate_demand_raw: 'failed' },
      checks: { validate_demand_raw: [check] },
      nullShare: { 'demand_raw.store_id': NULL_SHARES[age] ?? 0.032, 'stores_export.store_id': 0.036 },
      columns: { stores_export: STORES_AFTER },
    };
  },
};

export const SEARCH_PIPELINE: PipelineSpec = {
  id: 'search-click-features',
  name: 'search click features',
  owner: 'lea.dubois',
  description: 'Aggregates search sessions into click features for search-ranker every 4 hours.',
  periodMs: 4 * HOUR,
  freshnessSlaMs: 6 * HOUR,
  runCount: 30,
  steps: [
    {
      id: 'extract_sessions',
      name: 'Extract search sessions',
      dependsOn: [],
      outputs: ['search_sessions'],
      minutes: 25,
    },
    {
      id: 'aggregate_clicks',
      name: 'Aggregate clicks',
      dependsOn: ['extract_sessions'],
      inputs: ['search_sessions'],
      outputs: ['search_click_features'],
      minutes: 40,
    },
    {
      id: 'publish',
      name: 'Publish to feature store',
      dependsOn: ['aggregate_clicks'],
      inputs: ['search_click_features'],
      minutes: 5,
    },
  ],
  columns: {
    search_sessions: [col('session_id', 'STRING'), col('query', 'STRING'), col('clicked_item', 'STRING')],
    search_click_features: [
      col('item_id', 'STRING'),
      col('item_ctr_7d', 'FLOAT64'),
      col('bm25_score', 'FLOAT64'),
    ],
  },
  rows: { search_sessions: 8_400_000, search_click_features: 1_200_000 },
  trains: { model: 'search-ranker', dataset: 'search_click_features' },
  // The warehouse is short of slots: the last runs take ever longer and the newest is still going.
  twist(age): RunTwist {
    if (age === 0)
      return {
        states: { extract_sessions: 'succeeded', aggregate_clicks: 'running', publish: 'queued' },
        slowdown: 4,
      };
    if (age === 1) return { states: { aggregate_clicks: 'failed' }, slowdown: 3 };
    return { slowdown: age < 4 ? 2.5 : 1 };
  },
};

function healthy(
  id: string,
  name: string,
  owner: string,
  model: string,
  source: string,
  features: string,
  columns: readonly DatasetColumn[],
): PipelineSpec {
  return {
    id,
    name,
    owner,
    description: `Builds ${features} from ${source} for ${model}.`,
    periodMs: DAY,
    freshnessSlaMs: 26 * HOUR,
    runCount: 45,
    steps: [
      { id: 'extract', name: `Extract ${source}`, dependsOn: [], outputs: [source], minutes: 7 },
      {
        id: 'validate_source',
        name: `Validate ${source}`,
        dependsOn: ['extract'],
        inputs: [source],
        minutes: 2,
      },
      {
        id: 'features',
        name: 'Build features',
        dependsOn: ['validate_source'],
        inputs: [source],
        outputs: [features],
        minutes: 12,
      },
      {
        id: 'validate_features',
        name: 'Validate features',
        dependsOn: ['features'],
        inputs: [features],
        minutes: 2,
      },
      {
        id: 'publish',
        name: 'Publish to feature store',
        dependsOn: ['validate_features'],
        inputs: [features],
        minutes: 3,
      },
    ],
    columns: { [source]: columns, [features]: columns },
    rows: { [source]: 640_000, [features]: 610_000 },
    trains: { model, dataset: features },
    twist: () => ({}),
  };
}

export const HEALTHY_PIPELINES: readonly PipelineSpec[] = [
  healthy(
    'churn-features',
    'churn features',
    'priya.natarajan',
    'churn-predictor',
    'crm_accounts',
    'churn_features',
    [col('account_id', 'STRING'), col('tenure_months', 'INT64'), col('monthly_charges', 'FLOAT64')],
  ),
  healthy(
    'transaction-features',
    'transaction features',
    'amara.okafor',
    'transaction-fraud',
    'payments',
    'transaction_features',
    [col('transaction_id', 'STRING'), col('payment_method', 'STRING'), col('order_amount', 'FLOAT64')],
  ),
  healthy(
    'delivery-features',
    'delivery features',
    'aisha.bello',
    'delivery-eta',
    'routes',
    'delivery_features',
    [col('route_id', 'STRING'), col('route_km', 'FLOAT64'), col('stops', 'INT64')],
  ),
];
