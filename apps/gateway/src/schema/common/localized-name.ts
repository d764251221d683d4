import type { AreaDisplayName } from '@crc/i18n';
import { builder } from '../../builder';
import { LocaleEnum } from './locale';

/** A name with the facts a screen needs to show it honestly: its real language and review state. */
export const LocalizedNameRef = builder.objectRef<AreaDisplayName>('LocalizedName').implement({
  description: 'A name in the requested language, or a visibly flagged fallback when no translation exists.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The name as written.' }),
    lang: t.field({ type: LocaleEnum, description: 'The language `text` is really in.', resolve: (name) => name.lang }),
    isFallback: t.exposeBoolean('isFallback', {
      description: 'True when no name exists in the requested language and `text` is in `lang` instead.',
    }),
    needsReview: t.exposeBoolean('needsReview', {
      description: 'True for community-sourced Sorani names still awaiting a translator’s review.',
    }),
  }),
});
