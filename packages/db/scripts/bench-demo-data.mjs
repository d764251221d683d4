#!/usr/bin/env node
// Times loadDemoData at scale (prints, does not assert: timings on shared machines vary).
// Usage: node scripts/bench-demo-data.mjs [beneficiaries=20000] [deliveriesPerBeneficiary=5] [centres=12]
// Runs on DATABASE_URL (a fresh database created and dropped there) or in-memory PGlite.
import { performance } from 'node:perf_hooks';
import { loadDemoData, loadReferenceData } from '../dist/index.js';
import { createTestDatabase } from '../dist/testing/index.js';

const [beneficiaries = 20_000, deliveriesPerBeneficiary = 5, centres = 12] = process.argv.slice(2).map(Number);
const testDb = await createTestDatabase();
const db = await testDb.open();
try {
  await loadReferenceData(db.prisma);
  const options = { beneficiaries, deliveriesPerBeneficiary, centres, seed: 1 };
  let started = performance.now();
  const counts = await loadDemoData(db.prisma, options);
  const firstMs = performance.now() - started;
  started = performance.now();
  await loadDemoData(db.prisma, options);
  const secondMs = performance.now() - started;
  const rows = (table) => counts[table].inserted;
  console.log(
    JSON.stringify(
      {
        database: db.kind,
        options,
        inserted: {
          beneficiaries: rows('beneficiaries'),
          serviceDeliveries: rows('serviceDeliveries'),
          referrals: rows('referrals'),
          referralStatusChanges: rows('referralStatusChanges'),
        },
        firstLoadSeconds: +(firstMs / 1000).toFixed(1),
        secondLoadSeconds: +(secondMs / 1000).toFixed(1),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  await db.close();
  await testDb.drop();
}
