import type { KoboAsset, KoboSurveyRow } from './kobo-schemas';

/** One question of the form, at its full group path (`household/member/given_name`). */
export interface KoboQuestion {
  readonly path: string;
  readonly name: string;
  /** XLSForm type without its list: `text`, `integer`, `date`, `select_one`, `select_multiple`, ... */
  readonly type: string;
  /** The choice list of a select question. */
  readonly listName?: string;
  /** Path of the innermost repeat group the question is in, if any. */
  readonly repeat?: string;
}

/** The form of an asset: its questions by path, repeat groups, choice labels per language. */
export interface KoboForm {
  readonly uid: string;
  readonly name: string;
  /** Language codes of the translations in form order ("en", "ar"), "default" for an unnamed one. */
  readonly languages: readonly string[];
  readonly questions: ReadonlyMap<string, KoboQuestion>;
  /** Full paths of the repeat groups. */
  readonly repeats: ReadonlySet<string>;
  /** The question of this name (last path segment), when exactly one has it. */
  question(name: string): KoboQuestion | undefined;
  /** The label of a choice code in a language (default the first translation), undefined for an unknown code. */
  choiceLabel(listName: string, code: string, language?: string): string | undefined;
  /** Whether `code` is a choice of `listName`. */
  hasChoice(listName: string, code: string): boolean;
}

const GROUP_STARTS = new Set(['begin_group', 'begin group', 'begin_repeat', 'begin repeat']);
const GROUP_ENDS = new Set(['end_group', 'end group', 'end_repeat', 'end repeat']);

/** "Arabic (ar)" -> "ar"; "English" -> "english"; null -> "default". */
export function languageCode(translation: string | null): string {
  if (translation === null) return 'default';
  const code = /\(([A-Za-z-]+)\)\s*$/.exec(translation)?.[1];
  return (code ?? translation).trim().toLowerCase();
}

function rowName(row: KoboSurveyRow): string | undefined {
  return row.name ?? row.$autoname;
}

/** `select_one gov` (XLSForm) or `select_one` with `select_from_list_name` (KPI's JSON). */
function typeAndList(row: KoboSurveyRow): { type: string; listName?: string } {
  const [type = row.type, inlineList] = row.type.trim().split(/\s+/);
  const listName = row.select_from_list_name ?? inlineList;
  return listName === undefined ? { type } : { type, listName };
}

/** Reads an asset's `content.survey` and `content.choices` into a form. */
export function koboFormOf(asset: KoboAsset): KoboForm {
  const languages = (asset.content.translations ?? [null]).map(languageCode);
  const questions = new Map<string, KoboQuestion>();
  const repeats = new Set<string>();
  const stack: { name: string; repeat: boolean }[] = [];
  for (const row of asset.content.survey) {
    const type = row.type.trim().toLowerCase();
    if (GROUP_STARTS.has(type)) {
      const name = rowName(row) ?? `group_${stack.length}`;
      stack.push({ name, repeat: type.includes('repeat') });
      if (type.includes('repeat')) repeats.add(stack.map((group) => group.name).join('/'));
      continue;
    }
    if (GROUP_ENDS.has(type)) {
      stack.pop();
      continue;
    }
    const name = rowName(row);
    if (name === undefined) continue;
    const path = [...stack.map((group) => group.name), name].join('/');
    const repeatDepth = stack.map((group) => group.repeat).lastIndexOf(true);
    const repeat =
      repeatDepth < 0
        ? undefined
        : stack
            .slice(0, repeatDepth + 1)
            .map((group) => group.name)
            .join('/');
    questions.set(path, { path, name, ...typeAndList(row), ...(repeat === undefined ? {} : { repeat }) });
  }

  const byName = new Map<string, KoboQuestion[]>();
  for (const question of questions.values())
    byName.set(question.name, [...(byName.get(question.name) ?? []), question]);

  const choices = new Map<string, Map<string, readonly (string | null)[]>>();
  for (const choice of asset.content.choices ?? []) {
    const code = choice.name ?? choice.$autovalue;
    if (code === undefined) continue;
    const list = choices.get(choice.list_name) ?? new Map<string, readonly (string | null)[]>();
    list.set(code, choice.label ?? []);
    choices.set(choice.list_name, list);
  }

  return {
    uid: asset.uid,
    name: asset.name,
    languages,
    questions,
    repeats,
    question(name) {
      const found = byName.get(name);
      return found?.length === 1 ? found[0] : undefined;
    },
    hasChoice(listName, code) {
      return choices.get(listName)?.has(code) ?? false;
    },
    choiceLabel(listName, code, language) {
      const labels = choices.get(listName)?.get(code);
      if (labels === undefined) return undefined;
      const index = language === undefined ? 0 : Math.max(0, languages.indexOf(language.toLowerCase()));
      // A missing translation falls back to the first label there is.
      return labels[index] ?? labels.find((label) => label !== null) ?? code;
    },
  };
}
