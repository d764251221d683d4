// Valid examples shared by the schema tests (not exported from the package).
export const IDS = {
  a: '3f1c9a4e-2b7d-4c8e-9a1f-5d6e7f8a9b0c',
  b: '6a2b8c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  c: '9b8a7c6d-5e4f-4321-8fed-cba987654321',
  d: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
} as const;

export const STORED = {
  id: '0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a',
  createdAt: '2024-01-10T08:00:00Z',
  updatedAt: '2024-01-11T09:30:00+03:00',
} as const;
