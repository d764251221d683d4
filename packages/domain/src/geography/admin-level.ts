import { z } from 'zod';

/** Administrative levels of Iraq's OCHA p-code scheme, from the top down. */
export const ADMIN_LEVELS = ['governorate', 'district', 'subdistrict'] as const;

export const AdminLevelSchema = /* @__PURE__ */ z.enum(ADMIN_LEVELS);
export type AdminLevel = z.infer<typeof AdminLevelSchema>;

/** The OCHA level number (1 governorate, 2 district, 3 sub-district), as DTM reports it. */
export function adminLevelNumber(level: AdminLevel): 1 | 2 | 3 {
  return (ADMIN_LEVELS.indexOf(level) + 1) as 1 | 2 | 3;
}
