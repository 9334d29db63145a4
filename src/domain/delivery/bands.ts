const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Band {
  label: string;
  /** Lead time below this (ms) falls in the band; the last band is open-ended. */
  leadTimeBelowMs: number;
  leadTime: string;
  deployFrequency: string;
  changeFailureRate: string;
  recovery: string;
}

export interface BandSet {
  id: string;
  name: string;
  /** Where the bands come from, in one sentence for the page. */
  source: string;
  bands: readonly Band[];
}

/**
 * DORA's 2024 performance clusters (Accelerate State of DevOps Report 2024, "software delivery
 * performance levels"). The 2025 DORA report no longer publishes such bands, so these are the
 * latest published, and labelled with their year wherever they are shown.
 */
export const DORA_2024_BANDS: BandSet = {
  id: 'dora-2024',
  name: 'DORA 2024',
  source:
    'Bands: DORA, Accelerate State of DevOps Report 2024 (its performance levels for software delivery). The 2025 DORA report no longer publishes bands, so these are the latest published; they were measured on code changes, not models.',
  bands: [
    {
      label: 'Elite',
      leadTimeBelowMs: DAY,
      leadTime: 'less than one day',
      deployFrequency: 'on demand (several a day)',
      changeFailureRate: '5%',
      recovery: 'less than one hour',
    },
    {
      label: 'High',
      leadTimeBelowMs: 7 * DAY,
      leadTime: 'one day to one week',
      deployFrequency: 'once a day to once a week',
      changeFailureRate: '20%',
      recovery: 'less than one day',
    },
    {
      label: 'Medium',
      leadTimeBelowMs: 30 * DAY,
      leadTime: 'one week to one month',
      deployFrequency: 'once a week to once a month',
      changeFailureRate: '10%',
      recovery: 'less than one day',
    },
    {
      label: 'Low',
      leadTimeBelowMs: Infinity,
      leadTime: 'one month to six months',
      deployFrequency: 'once a month to once every six months',
      changeFailureRate: '40%',
      recovery: 'one week to one month',
    },
  ],
};

/** The band a lead time falls in. */
export function leadTimeBand(set: BandSet, leadMs: number): Band {
  return set.bands.find((b) => leadMs < b.leadTimeBelowMs) ?? (set.bands.at(-1) as Band);
}

/**
 * The industry figure the product starts from, quoted with its source: Algorithmia, "2020 State
 * of Enterprise Machine Learning" (survey of 745 people, October 2019).
 */
export const INDUSTRY_LEAD_TIME_QUOTE =
  'For comparison: in Algorithmia’s “2020 State of Enterprise Machine Learning” survey (745 respondents, October 2019), 40% of companies took more than a month to put a trained model into production, and only 14% did it in seven days or less.';
