/** What a reference-data load did to one table. */
export interface LoadCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export function emptyCounts(): LoadCounts {
  return { inserted: 0, updated: 0, unchanged: 0 };
}
