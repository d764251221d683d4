import { describe, expect, it } from 'vitest';
import { flattenSubmission } from './flatten-submission';

const META = { _id: 17, _uuid: 'b8262a05-5c1e-4b7f-9c55-0e0d6b1f3a11', _submission_time: '2026-11-30T06:21:11' };

describe('flattenSubmission', () => {
  it('keeps answers by full group path, repeat instances as lists, and drops Kobo metadata', () => {
    const result = flattenSubmission({
      ...META,
      'formhub/uuid': 'f0',
      'meta/instanceID': `uuid:${META._uuid}`,
      __version__: 'v1',
      _attachments: [],
      _geolocation: [null, null],
      'household/district': 'IQG10Q02',
      'household/size': 3,
      'household/member': [
        { 'household/member/given_name': ' أحمد ', 'household/member/sex': 'male' },
        { 'household/member/given_name': 'Zainab', 'household/member/sex': 'female' },
      ],
      services: 'legal_counselling psychosocial_support',
    });
    expect(result).toEqual({
      ok: true,
      submission: {
        id: 17,
        uuid: META._uuid,
        submittedAt: META._submission_time,
        answers: {
          'household/district': 'IQG10Q02',
          'household/size': '3',
          services: 'legal_counselling psychosocial_support',
        },
        repeats: {
          'household/member': [
            { 'household/member/given_name': 'أحمد', 'household/member/sex': 'male' },
            { 'household/member/given_name': 'Zainab', 'household/member/sex': 'female' },
          ],
        },
      },
    });
  });

  it('reads groups nested as objects with short keys the same way', () => {
    const result = flattenSubmission({ ...META, household: { district: 'IQG10Q02', member: [{ given_name: 'Ali' }] } });
    expect(result.ok && result.submission.answers).toEqual({ 'household/district': 'IQG10Q02' });
    expect(result.ok && result.submission.repeats).toEqual({
      'household/member': [{ 'household/member/given_name': 'Ali' }],
    });
  });

  it('rejects a submission without its metadata, naming the field, and keeps the id it has', () => {
    expect(flattenSubmission({ _id: 18, _submission_time: META._submission_time })).toEqual({
      ok: false,
      id: 18,
      field: '_uuid',
      reason: 'must be the submission uuid',
    });
    expect(flattenSubmission({ ...META, _submission_time: 'yesterday' })).toMatchObject({
      ok: false,
      id: 17,
      uuid: META._uuid,
      field: '_submission_time',
    });
    expect(flattenSubmission(['not', 'an', 'object'])).toEqual({
      ok: false,
      field: '(submission)',
      reason: 'must be a JSON object',
    });
  });

  it('rejects a value no answer can have', () => {
    expect(flattenSubmission({ ...META, 'household/member': [{ a: 1 }, 'two'] })).toMatchObject({
      ok: false,
      field: 'household/member',
    });
  });
});
