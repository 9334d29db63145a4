import type { ModelTask } from '../../domain/model';
import type { TeamName } from './teams';

/** A problem a team models; generated model names are `{key}-{purpose}`. */
export interface ModelDomain {
  key: string;
  team: TeamName;
  task: ModelTask;
  /** Feature table the training runs read. */
  dataset: string;
  /** Value of the `domain` tag. */
  tag: string;
  /** Completes "… model that …" in descriptions. */
  does: string;
  features: readonly string[];
}

const d = (
  key: string,
  team: TeamName,
  task: ModelTask,
  tag: string,
  does: string,
  features: string[],
): ModelDomain => ({ key, team, task, dataset: `${key.replaceAll('-', '_')}_features`, tag, does, features });

export const MODEL_DOMAINS: readonly ModelDomain[] = [
  d('churn', 'Growth', 'classification', 'retention', 'flags subscribers likely to cancel within 30 days', [
    'tenure_months',
    'monthly_charges',
    'support_calls_90d',
    'contract_type',
  ]),
  d('upsell', 'Growth', 'classification', 'monetization', 'predicts who accepts a plan upgrade offer', [
    'plan_tier',
    'seats_used_ratio',
    'feature_adoption_score',
    'days_since_login',
  ]),
  d('winback', 'Growth', 'classification', 'retention', 'scores lapsed customers for win-back campaigns', [
    'days_since_cancel',
    'lifetime_orders',
    'last_discount_pct',
    'region',
  ]),
  d(
    'email-engagement',
    'Growth',
    'classification',
    'marketing',
    'predicts opens and clicks of campaign emails',
    ['send_hour', 'subject_length', 'past_open_rate', 'device_type'],
  ),
  d('customer-ltv', 'Growth', 'regression', 'monetization', 'estimates 12-month customer lifetime value', [
    'first_order_value',
    'acquisition_channel',
    'orders_90d',
    'avg_basket_size',
  ]),
  d(
    'credit-default',
    'Risk',
    'classification',
    'lending',
    'estimates the probability of default on a new loan',
    ['debt_to_income', 'credit_history_months', 'open_accounts', 'annual_income'],
  ),
  d('credit-limit', 'Risk', 'regression', 'lending', 'suggests a credit limit for approved applicants', [
    'annual_income',
    'utilization_ratio',
    'payment_history_score',
    'employment_years',
  ]),
  d('chargeback', 'Risk', 'classification', 'payments', 'predicts which orders end in a chargeback', [
    'order_amount',
    'card_bin_country',
    'account_age_days',
    'shipping_distance_km',
  ]),
  d('kyc-document', 'Risk', 'classification', 'compliance', 'screens identity documents for manual review', [
    'ocr_confidence',
    'face_match_score',
    'document_type',
    'issuing_country',
  ]),
  d('collections', 'Risk', 'ranking', 'lending', 'orders overdue accounts for the collections team', [
    'days_past_due',
    'balance',
    'promise_to_pay_count',
    'contact_success_rate',
  ]),
  d('price-elasticity', 'Pricing', 'regression', 'pricing', 'estimates demand response to price changes', [
    'price_index',
    'competitor_price_gap',
    'seasonality_week',
    'category',
  ]),
  d('markdown', 'Pricing', 'regression', 'pricing', 'recommends end-of-season markdown depth', [
    'weeks_to_season_end',
    'stock_cover_weeks',
    'sell_through_rate',
    'category',
  ]),
  d('promo-uplift', 'Pricing', 'regression', 'promotions', 'predicts incremental sales of a promotion', [
    'discount_pct',
    'promo_duration_days',
    'baseline_units',
    'channel',
  ]),
  d('surge-multiplier', 'Pricing', 'regression', 'pricing', 'sets delivery-fee multipliers at peak demand', [
    'open_orders',
    'available_couriers',
    'weather_code',
    'hour_of_week',
  ]),
  d(
    'bundle-offer',
    'Pricing',
    'classification',
    'promotions',
    'predicts acceptance of bundle offers at checkout',
    ['basket_size', 'bundle_discount_pct', 'item_affinity', 'customer_segment'],
  ),
  d('product-recs', 'Search & Discovery', 'ranking', 'recommendations', 'ranks products for the home feed', [
    'user_embedding_norm',
    'item_popularity_7d',
    'category_affinity',
    'price_bucket',
  ]),
  d(
    'similar-items',
    'Search & Discovery',
    'ranking',
    'recommendations',
    'ranks look-alike items on product pages',
    ['image_similarity', 'title_similarity', 'price_gap_pct', 'co_view_count'],
  ),
  d(
    'query-intent',
    'Search & Discovery',
    'classification',
    'search',
    'classifies search queries into shopping intents',
    ['query_length', 'token_count', 'has_brand_token', 'session_depth'],
  ),
  d('autocomplete', 'Search & Discovery', 'ranking', 'search', 'ranks query completions as users type', [
    'prefix_length',
    'completion_ctr',
    'query_frequency_7d',
    'locale',
  ]),
  d(
    'personalized-feed',
    'Search & Discovery',
    'ranking',
    'recommendations',
    'orders the personalised discovery feed',
    ['dwell_time_avg', 'follow_count', 'freshness_hours', 'creator_quality'],
  ),
  d(
    'account-takeover',
    'Marketplace Trust',
    'classification',
    'security',
    'flags logins that look like account takeover',
    ['new_device', 'ip_reputation', 'password_reset_24h', 'geo_velocity_kmh'],
  ),
  d(
    'fake-review',
    'Marketplace Trust',
    'classification',
    'content',
    'detects incentivised or fake product reviews',
    ['review_length', 'reviewer_age_days', 'rating_deviation', 'burst_score'],
  ),
  d('seller-risk', 'Marketplace Trust', 'classification', 'payments', 'scores new sellers for payout holds', [
    'listing_velocity',
    'bank_account_age_days',
    'category_risk',
    'dispute_rate',
  ]),
  d(
    'listing-moderation',
    'Marketplace Trust',
    'classification',
    'content',
    'routes listings that may break policy to reviewers',
    ['image_nsfw_score', 'text_toxicity', 'price_outlier_score', 'category'],
  ),
  d(
    'spam-message',
    'Marketplace Trust',
    'classification',
    'security',
    'filters spam in buyer–seller messages',
    ['link_count', 'message_length', 'sender_age_days', 'repeat_ratio'],
  ),
  d(
    'inventory-replenishment',
    'Supply Chain',
    'regression',
    'forecasting',
    'forecasts reorder quantities per SKU and warehouse',
    ['lead_time_days', 'units_sold_28d', 'stock_on_hand', 'promo_flag'],
  ),
  d(
    'warehouse-labor',
    'Supply Chain',
    'regression',
    'operations',
    'forecasts picker hours needed per shift',
    ['expected_orders', 'lines_per_order', 'day_of_week', 'temp_staff_ratio'],
  ),
  d(
    'supplier-delay',
    'Supply Chain',
    'classification',
    'procurement',
    'predicts late deliveries from suppliers',
    ['supplier_on_time_rate', 'order_volume', 'port_congestion_index', 'distance_km'],
  ),
  d('returns', 'Supply Chain', 'classification', 'logistics', 'predicts which orders will be returned', [
    'size_fit_score',
    'category',
    'customer_return_rate',
    'discount_pct',
  ]),
  d(
    'route-duration',
    'Supply Chain',
    'regression',
    'logistics',
    'estimates van route durations for dispatch',
    ['stops', 'route_km', 'traffic_index', 'hour_of_day'],
  ),
];

/** Suffixes that make a model name: each fits one task. */
export const PURPOSES: Record<ModelTask, readonly string[]> = {
  classification: ['classifier', 'detector', 'scorer', 'predictor'],
  regression: ['forecaster', 'estimator', 'regressor', 'model'],
  ranking: ['ranker', 'recommender', 'reranker', 'retriever'],
};
