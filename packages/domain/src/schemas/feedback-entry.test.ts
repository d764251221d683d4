import { describe, expect, it } from 'vitest';
import { FeedbackEntryCreateSchema } from './feedback-entry';
import { FeedbackTransitionSchema } from './feedback-status-change';
import { personalFieldsOf } from './personal-data';

const CENTRE = '7d0c1f52-7d7e-4e4f-9a59-2b1f8c3f0a11';
const ORGANISATION = '0b7a4a2e-54a1-4f0b-8d0b-1f6f5b0c9e22';
const base = {
  channel: 'in_person',
  category: 'service_quality_complaint',
  language: 'ar',
  receivedOn: '2018-02-27',
  summary: 'لم يتم الرد على طلبي',
  centreId: CENTRE,
};

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('FeedbackEntryCreateSchema', () => {
  it('accepts a complaint about a centre, defaulting to not anonymous and no reply', () => {
    expect(FeedbackEntryCreateSchema.parse(base)).toMatchObject({ anonymous: false, consentToReply: false });
  });

  it('needs a centre, a project or a programme', () => {
    const { centreId: _c, ...withoutCentre } = base;
    expect(problems(FeedbackEntryCreateSchema.safeParse(withoutCentre))).toEqual([
      'centreId: feedback is about a centre, a project or a programme: give at least one',
    ]);
  });

  it('keeps contact details only with consent to a reply, and never for anonymous feedback', () => {
    expect(problems(FeedbackEntryCreateSchema.safeParse({ ...base, contact: { phone: '0751 234 2550' } }))).toEqual([
      'contact: keep contact details only when the person agreed to a reply (consentToReply)',
    ]);
    expect(
      FeedbackEntryCreateSchema.parse({ ...base, consentToReply: true, contact: { phone: '0751 234 2550' } }).contact,
    ).toEqual({ phone: '07512342550' });
    expect(problems(FeedbackEntryCreateSchema.safeParse({ ...base, anonymous: true, beneficiaryId: CENTRE }))).toEqual([
      'beneficiaryId: anonymous feedback is not linked to a registered person',
    ]);
  });

  it('does not take sensitivity as input: it follows from the category', () => {
    expect(FeedbackEntryCreateSchema.parse({ ...base, sensitivity: 'standard', category: 'psea' })).not.toHaveProperty(
      'sensitivity',
    );
  });

  it('marks what the person said and their contact as personal data', () => {
    expect(personalFieldsOf(FeedbackEntryCreateSchema)).toEqual([
      'summary',
      'contact.name',
      'contact.phone',
      'contact.email',
    ]);
  });
});

describe('FeedbackTransitionSchema', () => {
  it('refers to exactly one partner organisation or person', () => {
    expect(
      FeedbackTransitionSchema.parse({ action: 'refer', changedOn: '2018-02-28', toOrganisationId: ORGANISATION })
        .toOrganisationId,
    ).toBe(ORGANISATION);
    expect(problems(FeedbackTransitionSchema.safeParse({ action: 'refer', changedOn: '2018-02-28' }))[0]).toContain(
      'toOrganisationId',
    );
    expect(
      problems(
        FeedbackTransitionSchema.safeParse({
          action: 'refer',
          changedOn: '2018-02-28',
          toOrganisationId: ORGANISATION,
          toPerson: 'PSEA focal point',
        }),
      ),
    ).toHaveLength(1);
  });

  it('needs a response to respond and a reason to reopen; satisfaction only on close', () => {
    expect(problems(FeedbackTransitionSchema.safeParse({ action: 'respond', changedOn: '2018-02-28' }))).toEqual([
      'response: say what the person was answered',
    ]);
    expect(problems(FeedbackTransitionSchema.safeParse({ action: 'reopen', changedOn: '2018-02-28' }))).toEqual([
      'reason: say why the entry is reopened',
    ]);
    expect(
      problems(
        FeedbackTransitionSchema.safeParse({
          action: 'acknowledge',
          changedOn: '2018-02-28',
          satisfaction: 'satisfied',
        }),
      )[0],
    ).toContain('satisfaction');
    expect(
      FeedbackTransitionSchema.parse({ action: 'close', changedOn: '2018-02-28', satisfaction: 'satisfied' })
        .satisfaction,
    ).toBe('satisfied');
  });
});
