-- The Arabic-script folding changed (one normaliseArabicScript for the whole platform), so a
-- name_key stored before it may differ from what nameKey gives now, and search and duplicate
-- detection would then compare two foldings. A NULL name_sound_key marks a row whose keys
-- are recomputed from its name columns: createDb does it right after migrating, in batches
-- (recomputeNameKeysWhereMissing in src/search/name-sound-keys.ts).
UPDATE "beneficiary" SET "name_sound_key" = NULL WHERE "name_sound_key" IS NOT NULL;
