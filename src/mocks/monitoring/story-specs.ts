import { categorical, numeric, type FeatureSpec } from './feature-specs';

/** Reference distributions of the story models' features, in their real units. */
export const STORY_SPECS: Readonly<Record<string, readonly FeatureSpec[]>> = {
  'churn-predictor': [
    numeric('tenure_months', 32, 16, 0, 72, 18),
    numeric('monthly_charges', 68, 20, 10, 130, 20),
    numeric('support_calls_90d', 1.8, 1.4, 0, 10, 20),
    categorical('contract_type', { 'month-to-month': 55, 'one-year': 25, 'two-year': 20 }),
  ],
  'transaction-fraud': [
    categorical('payment_method', { card: 58, paypal: 21, bank_transfer: 12, gift_card: 5, apple_pay: 4 }),
    numeric('order_amount', 85, 50, 0, 300, 20),
    numeric('account_age_days', 420, 260, 0, 1500, 20),
    numeric('ip_reputation', 0.78, 0.12, 0, 1, 20),
    numeric('device_fingerprint_age_days', 150, 110, 0, 600, 20),
  ],
  'support-ticket-router': [
    numeric('subject_embedding', 0, 1, -4, 4, 16),
    numeric('body_length', 620, 330, 0, 2400, 20),
    categorical('customer_tier', { free: 50, pro: 35, enterprise: 15 }),
    categorical('channel', { email: 55, chat: 30, phone: 15 }),
  ],
  'delivery-eta': [
    numeric('route_km', 18, 8, 0, 60, 20),
    numeric('stops', 12, 5, 0, 40, 20),
    numeric('traffic_index', 1.2, 0.3, 0.4, 2.4, 20),
    numeric('hour_of_day', 14, 4, 0, 24, 24),
    categorical('warehouse_id', { 'wh-01': 30, 'wh-02': 25, 'wh-03': 20, 'wh-04': 15, 'wh-05': 10 }),
  ],
  'demand-forecast': [
    numeric('units_sold_28d', 140, 60, 0, 400, 20),
    numeric('price_index', 1, 0.12, 0.5, 1.5, 20),
    categorical('promo_flag', { true: 18, false: 82 }),
    categorical('store_id', {
      'st-001': 22,
      'st-002': 18,
      'st-003': 16,
      'st-004': 14,
      'st-005': 12,
      'st-006': 10,
      'st-007': 8,
    }),
    numeric('week_of_year', 26, 15, 0, 53, 20),
  ],
};

/** The prediction of each story model: a score in [0, 1], or minutes for the ETA. */
export const STORY_PREDICTIONS: Readonly<Record<string, FeatureSpec>> = {
  'churn-predictor': numeric('prediction', 0.24, 0.14, 0, 1, 20),
  'transaction-fraud': numeric('prediction', 0.08, 0.07, 0, 0.5, 20),
  'support-ticket-router': numeric('prediction', 0.71, 0.12, 0, 1, 20),
  'delivery-eta': numeric('prediction', 42, 14, 0, 120, 20),
  'demand-forecast': numeric('prediction', 135, 55, 0, 400, 20),
};

/** Traffic, reference sample, label delay and the team's own drift settings. */
export const STORY_TRAFFIC: Readonly<
  Record<
    string,
    { rowsPerHour: number; referenceSampleRows: number; labelDelayHours: number; targetUnit?: string }
  >
> = {
  'churn-predictor': { rowsPerHour: 420, referenceSampleRows: 50_000, labelDelayHours: 6 },
  'transaction-fraud': { rowsPerHour: 2_400, referenceSampleRows: 200_000, labelDelayHours: 8 },
  'support-ticket-router': { rowsPerHour: 40, referenceSampleRows: 800, labelDelayHours: 2 },
  'delivery-eta': { rowsPerHour: 350, referenceSampleRows: 100_000, labelDelayHours: 72, targetUnit: 'min' },
  'demand-forecast': {
    rowsPerHour: 900,
    referenceSampleRows: 100_000,
    labelDelayHours: 24,
    targetUnit: 'units',
  },
};
