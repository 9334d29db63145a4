export const TEAM_NAMES = [
  'Growth',
  'Risk',
  'Pricing',
  'Search & Discovery',
  'Marketplace Trust',
  'Supply Chain',
] as const;
export type TeamName = (typeof TEAM_NAMES)[number];

export interface Team {
  name: TeamName;
  /** For bucket names and URLs. */
  slug: string;
  /** Person handles; the first is the team's usual model owner. */
  people: readonly string[];
}

export const TEAMS: Record<TeamName, Team> = {
  Growth: {
    name: 'Growth',
    slug: 'growth',
    people: ['priya.natarajan', 'tom.becker', 'ana.lima', 'kenji.watanabe'],
  },
  Risk: {
    name: 'Risk',
    slug: 'risk',
    people: ['fatima.haddad', 'lukas.novak', 'grace.mensah', 'daniel.ortiz'],
  },
  Pricing: {
    name: 'Pricing',
    slug: 'pricing',
    people: ['mei.chen', 'oliver.grant', 'sofia.rossi', 'arjun.mehta'],
  },
  'Search & Discovery': {
    name: 'Search & Discovery',
    slug: 'search-discovery',
    people: ['lea.dubois', 'marcus.johnson', 'yuki.sato', 'ines.carvalho'],
  },
  'Marketplace Trust': {
    name: 'Marketplace Trust',
    slug: 'marketplace-trust',
    people: ['amara.okafor', 'jonas.weber', 'camila.reyes', 'hamid.rahimi'],
  },
  'Supply Chain': {
    name: 'Supply Chain',
    slug: 'supply-chain',
    people: ['noah.schmidt', 'aisha.bello', 'pablo.garcia', 'emma.larsen'],
  },
};

/** Platform engineers and bots who deploy and roll back across teams. */
export const PLATFORM_DEPLOYERS = ['ravi.kumar', 'julia.kowalski', 'argo-cd', 'ml-deploy-bot'] as const;

export const EMAIL_DOMAIN = 'example.com';

export function emailOf(handle: string): string {
  return `${handle}@${EMAIL_DOMAIN}`;
}
