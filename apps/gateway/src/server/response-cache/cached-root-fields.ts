/*
 * What the response cache may keep, and which writes make it stale. An allow-list:
 * a query is cached only when EVERY root field it selects is listed here; anything
 * else (beneficiaries, referrals, service deliveries, feedback entries, node/nodes,
 * fields added later) runs every time. Nested personal types are refused by
 * PERSONAL_TYPES below even under a listed root field.
 */

/** Groups of root fields that the same writes change. */
export type CacheTopic = 'reference' | 'centres' | 'programmes' | 'displacement' | 'figures' | 'engagement';

export const CACHE_TOPICS: readonly CacheTopic[] = [
  'reference',
  'centres',
  'programmes',
  'displacement',
  'figures',
  'engagement',
];

/** Root query fields that change rarely, by topic. */
export const CACHED_ROOT_FIELDS: Readonly<Record<string, CacheTopic>> = {
  governorates: 'reference',
  adminArea: 'reference',
  resolveArea: 'reference',
  centres: 'centres',
  centre: 'centres',
  organisations: 'programmes',
  organisation: 'programmes',
  programmes: 'programmes',
  programme: 'programmes',
  projects: 'programmes',
  project: 'programmes',
  indicators: 'programmes',
  fundingByDonor: 'programmes',
  // Written by `crc-dtm` in another process, which cannot reach this cache: these expire after RESPONSE_CACHE_TTL_MS.
  displacementFigures: 'displacement',
  displacementSeries: 'displacement',
  displacementChange: 'displacement',
  nationalDisplacement: 'displacement',
  latestDisplacementRound: 'displacement',
  publishedDisplacementFigures: 'displacement',
  returnRatio: 'displacement',
  // Published figures: protected aggregates, the same for every viewer of one scope.
  reach: 'figures',
  sectorShares: 'figures',
  feedbackFigures: 'figures',
  feedbackTimeliness: 'figures',
  evaluations: 'engagement',
  engagementEvents: 'engagement',
};

/**
 * Object types that hold personal data: a response containing one is never cached,
 * whatever root field led to it (the plugin's ignoredTypes).
 */
export const PERSONAL_TYPES: readonly string[] = [
  'Beneficiary',
  'BeneficiaryConnection',
  'BeneficiaryEdge',
  'BeneficiaryReferralConnection',
  'BeneficiaryReferralEdge',
  'BeneficiaryServiceDeliveryConnection',
  'BeneficiaryServiceDeliveryEdge',
  'BeneficiaryTargets',
  'DuplicateCandidate',
  'PossibleDuplicates',
  'Referral',
  'ReferralConnection',
  'ReferralEdge',
  'ReferralStatusChange',
  'ServiceDelivery',
  'ServiceDeliveryConnection',
  'ServiceDeliveryEdge',
  'FeedbackEntry',
  'FeedbackEntryConnection',
  'FeedbackEntryEdge',
  'FeedbackStatusChange',
  'Consent',
  'WashingtonGroupAnswers',
  'DuplicatePair',
  'DuplicatePairConnection',
  'DuplicatePairEdge',
  'Household',
  'HouseholdConnection',
  'HouseholdEdge',
  'HouseholdMember',
  // importRegistrations' answer: rows and ids of people (no names), still about people.
  'RegistrationImportSummary',
  'RegistrationReject',
  'ImportDuplicate',
];

/**
 * The topics each mutation can change. A mutation missing here (one added later)
 * invalidates every topic: stale answers are worse than a cold cache.
 */
export const MUTATION_TOPICS: Readonly<Record<string, readonly CacheTopic[]>> = {
  createProject: ['programmes', 'figures'],
  updateProject: ['programmes', 'figures'],
  recordFunding: ['programmes', 'figures'],
  registerBeneficiary: ['figures'],
  recordServiceDelivery: ['figures'],
  createReferral: ['figures'],
  transitionReferral: ['figures'],
  recordEngagementEvent: ['engagement', 'figures'],
  recordFeedback: ['figures'],
  transitionFeedback: ['figures'],
  recordEvaluation: ['engagement'],
};

export function topicsWrittenBy(mutationField: string): readonly CacheTopic[] {
  return MUTATION_TOPICS[mutationField] ?? CACHE_TOPICS;
}

/** The entity record under which the cache files every response of a topic, so that a write can drop them all. */
export function topicEntity(topic: CacheTopic): { typename: string } {
  return { typename: `topic:${topic}` };
}
