import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../schema/index';
import { CACHED_ROOT_FIELDS, MUTATION_TOPICS, PERSONAL_TYPES } from './cached-root-fields';

/** Type names that speak of people or what they told us: each must be classified as personal. */
const LOOKS_PERSONAL =
  /Beneficiar|Referral|ServiceDelivery|FeedbackEntry|FeedbackStatusChange|Household|Person|People|Duplicate|Consent|Disabilit/;

describe('what the response cache may keep', () => {
  it('lists only root fields and mutations the schema has', () => {
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(Object.keys(CACHED_ROOT_FIELDS).filter((field) => !queries.includes(field))).toEqual([]);
    expect(Object.keys(MUTATION_TOPICS).filter((field) => !mutations.includes(field))).toEqual([]);
    expect(
      PERSONAL_TYPES.filter((type) => schema.getType(type) === undefined || schema.getType(type) === null),
    ).toEqual([]);
  });

  it('treats every object type about people as personal, so no answer holding one is cached', () => {
    const unclassified = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__') && LOOKS_PERSONAL.test(type.name))
      .map((type) => type.name)
      .filter((name) => !PERSONAL_TYPES.includes(name) && !/Success$|Error$|^PeopleCounts?$/.test(name));
    expect(unclassified).toEqual([]);
  });
});
