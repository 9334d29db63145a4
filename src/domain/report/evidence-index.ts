/** What an evidence pack holds, by key: the index points at these. */
export const EVIDENCE_KEYS = ['model', 'figures', 'incidents', 'releases', 'approvals', 'blocked'] as const;
export type EvidenceKey = (typeof EVIDENCE_KEYS)[number];

export const EVIDENCE_LABELS: Record<EvidenceKey, string> = {
  model: 'Model description, owner and intended use',
  figures: 'Key figures with the period before',
  incidents: 'Incidents with resolution and time to restore',
  releases: 'Releases, rollbacks and time to deploy',
  approvals: 'Approvals and who gave them',
  blocked: 'Versions waiting, with their blockers',
};

export interface IndexPoint {
  /** "Annex IV §1", "NIST AI RMF: Govern", "Model card: Metrics". */
  ref: string;
  title: string;
  /** The evidence in the pack that answers it; empty means missing. */
  answeredBy: EvidenceKey[];
  /** What would answer it, for a missing point. */
  wouldAnswer?: string;
}

export interface IndexGroup {
  name: string;
  source: string;
  points: IndexPoint[];
}

/**
 * The points regulators ask for, each tied to the evidence that answers it or marked missing with
 * what would. EU AI Act (Regulation (EU) 2024/1689) Annex IV, the nine sections of the technical
 * documentation of Article 11(1); NIST AI RMF 1.0 (NIST AI 100-1, 2023), its four functions;
 * model cards (Mitchell et al., "Model Cards for Model Reporting", FAT* 2019).
 */
export const EVIDENCE_INDEX: readonly IndexGroup[] = [
  {
    name: 'EU AI Act, Annex IV',
    source: 'Regulation (EU) 2024/1689, Annex IV: technical documentation referred to in Article 11(1)',
    points: [
      { ref: 'Annex IV §1', title: 'General description of the AI system', answeredBy: ['model'] },
      {
        ref: 'Annex IV §2',
        title: 'Elements of the system and the process of its development',
        answeredBy: ['releases'],
        wouldAnswer:
          'Design choices, training data sheets and validation procedures from the training pipeline',
      },
      {
        ref: 'Annex IV §3',
        title: 'Monitoring, functioning and control',
        answeredBy: ['incidents', 'figures'],
      },
      {
        ref: 'Annex IV §4',
        title: 'Appropriateness of the performance metrics',
        answeredBy: [],
        wouldAnswer:
          'A statement of why the chosen metrics suit the task, with their values on held-out data',
      },
      {
        ref: 'Annex IV §5',
        title: 'Risk management system (Article 9)',
        answeredBy: [],
        wouldAnswer: 'The risk register and the risk management process for this system',
      },
      {
        ref: 'Annex IV §6',
        title: 'Changes made through the lifecycle',
        answeredBy: ['releases', 'approvals'],
      },
      {
        ref: 'Annex IV §7',
        title: 'Harmonised standards applied',
        answeredBy: [],
        wouldAnswer: 'The list of harmonised standards or common specifications applied',
      },
      {
        ref: 'Annex IV §8',
        title: 'EU declaration of conformity (Article 47)',
        answeredBy: [],
        wouldAnswer: 'A copy of the signed EU declaration of conformity',
      },
      {
        ref: 'Annex IV §9',
        title: 'Post-market monitoring plan (Article 72)',
        answeredBy: ['incidents', 'figures'],
        wouldAnswer: 'The written post-market monitoring plan itself',
      },
    ],
  },
  {
    name: 'NIST AI RMF',
    source: 'NIST AI Risk Management Framework 1.0 (NIST AI 100-1, 2023): its four functions',
    points: [
      { ref: 'Govern', title: 'Policies, accountability and oversight', answeredBy: ['approvals'] },
      { ref: 'Map', title: 'Context, intended use and impact', answeredBy: ['model'] },
      {
        ref: 'Measure',
        title: 'Measurement of risks, including fairness',
        answeredBy: ['figures'],
        wouldAnswer: 'Fairness measurements across the groups the model affects',
      },
      {
        ref: 'Manage',
        title: 'Response to risks and incidents',
        answeredBy: ['incidents', 'releases', 'blocked'],
      },
    ],
  },
  {
    name: 'Model card',
    source: 'Mitchell et al., “Model Cards for Model Reporting” (FAT* 2019)',
    points: [
      { ref: 'Model details', title: 'Who built it, when, which version', answeredBy: ['model', 'releases'] },
      { ref: 'Intended use', title: 'What it is for', answeredBy: ['model'] },
      { ref: 'Metrics', title: 'How performance is measured', answeredBy: ['figures'] },
      {
        ref: 'Evaluation data',
        title: 'Data it was evaluated on',
        answeredBy: [],
        wouldAnswer: 'The evaluation dataset, its version and how it was chosen',
      },
      {
        ref: 'Ethical considerations',
        title: 'Fairness and other risks to people',
        answeredBy: [],
        wouldAnswer: 'Fairness checks across groups and the review of their results',
      },
    ],
  },
];

/** The index against what a pack holds: a point whose evidence is all absent is missing. */
export interface IndexedGroup extends Omit<IndexGroup, 'points'> {
  points: (IndexPoint & { missing: boolean })[];
}

export function indexAgainst(held: ReadonlySet<EvidenceKey>): IndexedGroup[] {
  return EVIDENCE_INDEX.map((group) => ({
    ...group,
    points: group.points.map((point) => {
      const answeredBy = point.answeredBy.filter((key) => held.has(key));
      return { ...point, answeredBy, missing: answeredBy.length === 0 };
    }),
  }));
}
