// Run by `pnpm check:package` beside the unpacked tarball: a CommonJS user of @crc/domain.
'use strict';
const assert = require('node:assert/strict');
const { ageAt, getArea } = require('@crc/domain');

assert.equal(ageAt('2000-02-29', '2024-02-28'), 23);
assert.equal(getArea('IQG10Q05')?.names.en, 'Khanaqin');
console.log("CommonJS: require('@crc/domain').ageAt('2000-02-29', '2024-02-28') === 23");
