/** What a caller may see; see README "Roles". Same names as the `role` enum in @crc/db. */
export const ROLES = ['PUBLIC', 'PARTNER', 'CENTRE_STAFF', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
