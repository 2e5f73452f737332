#!/usr/bin/env python3
"""Derives the conversion between Simplified and Traditional Chinese that Diglot shows a
glossary's Chinese targets in, written in the script the translation is into.

Inputs: CC-CEDICT as ../shared/glossaries/cedict-full.tsv (CC BY-SA 4.0; see
Glossary/licences/LEXICON.md): each headword's Simplified form and its Traditional one (the
note's trad= field), where both have the same length; and the Traditional→Simplified
character fold Diglot already has, read from Sources/DiglotKit/Words/ScriptFoldingData.swift
(made by build-lexicon.py), so that the words listed here are exactly those it gets wrong.

Output (generated Swift, compiled into DiglotKit; do not edit it by hand):
  Sources/DiglotKit/Words/ChineseScriptConversionData.swift with
  - traditionalCharacterPairs: for each Simplified character, its most frequent Traditional
    form across the headwords, where that differs (国 國, 后 後, 发 發), or across the proper
    nouns when these clearly prefer one (台 stays 台, 干 stays 干); pairs of characters, in
    code point order;
  - traditionalWordLines: the headwords of two or more characters that those character forms
    convert otherwise than CC-CEDICT's standard form (皇后 stays 皇后, 头发 is 頭髮, 关系 is 關係,
    not the variant 關系), "Simplified<TAB>Traditional" a line, sorted;
  - simplifiedWordLines: the Traditional headwords of two or more characters that the fold
    makes otherwise than their Simplified form (乾隆 stays 乾隆, not 干隆; 反覆 is 反复),
    "Traditional<TAB>Simplified" a line, sorted.

Run from the package root:
  python3 Glossary/tools/build-script-conversion.py [--cedict PATH]
"""
import argparse
import collections
import re

import cedict

# How many proper nouns must write a character's form for it to win as the default.
NAME_FORM_MINIMUM = 5
HAN = re.compile('^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+$')


def headword_pairs(cedict_path):
    """(Simplified, Traditional, is a proper noun, is a variant, further glosses) of every
    headword whose two forms have the same length; a proper noun's pinyin is capitalised, a
    variant's gloss reads "variant of …"."""
    pairs = []
    for simplified, traditional, gloss, note in cedict.headwords_with_traditional_form(cedict_path):
        if HAN.match(simplified) and HAN.match(traditional):
            reading = re.search(r'pinyin=([^;]*)', note)
            proper = bool(reading) and reading.group(1)[:1].isupper()
            variant = re.match(r'(?:old |archaic |Japanese |erroneous )?variant of', gloss) is not None
            more = re.search(r'\+(\d+) more gloss', note)
            pairs.append((simplified, traditional, proper, variant, int(more.group(1)) if more else 0))
    return pairs


def folding_pairs(swift_path):
    """The Traditional→Simplified character fold, as ScriptFoldingData.swift has it."""
    text = open(swift_path, encoding='utf-8').read()
    pairs = text.split('#"""\n', 1)[1].split('\n"""#', 1)[0]
    return {pairs[index]: pairs[index + 1] for index in range(0, len(pairs), 2)}


def listed_words(standard, default):
    """The words of `standard` (word → its form in the other script) that converting does
    not get right with the character forms `default` alone. Conversion runs longest word
    first, so a word the characters convert right may still hold a listed word that converts
    it wrongly (中国中央电视台 holds 电视台 電視臺, but is 中國中央電視台): such words are listed
    too, until every word converts to its form."""
    words = {}
    while True:
        longest = max((len(word) for word in words), default=0)
        wrong = {word: form for word, form in standard.items()
                 if word not in words and convert(word, words, default, longest) != form}
        if not wrong:
            return words
        words.update(wrong)


def convert(text, phrases, default, longest):
    """`text` converted as ChineseScriptConversion does: the longest listed word (of at most
    `longest` characters) at each position, else each character's default form."""
    result = []
    index = 0
    while index < len(text):
        for length in range(min(longest, len(text) - index), 1, -1):
            if text[index:index + length] in phrases:
                result.append(phrases[text[index:index + length]])
                index += length
                break
        else:
            result.append(default.get(text[index], text[index]))
            index += 1
    return ''.join(result)


def swift_literal(text):
    return '#"""\n' + text + '\n"""#'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--cedict', default='../shared/glossaries/cedict-full.tsv')
    parser.add_argument('--out', default='Sources/DiglotKit/Words')
    args = parser.parse_args()

    pairs = headword_pairs(args.cedict)
    forms = collections.defaultdict(collections.Counter)
    name_forms = collections.defaultdict(collections.Counter)
    for simplified, traditional, proper, _, _ in pairs:
        for simp, trad in zip(simplified, traditional):
            forms[simp][trad] += 1
            if proper:
                name_forms[simp][trad] += 1

    def most_frequent(simp, counts):
        # Ties go to the character itself, then to the lower code point.
        return min(counts, key=lambda trad: (-counts[trad], trad != simp, trad))

    def default_form(simp):
        # Glossaries hold names, so a form that names write clearly more often wins
        # (台 in 台灣 and 國台辦, not 臺; 于 and 范 as surnames); otherwise the most frequent.
        ranked = name_forms[simp].most_common(2)
        if ranked and ranked[0][1] >= NAME_FORM_MINIMUM and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return most_frequent(simp, {trad: count for trad, count in ranked if count == ranked[0][1]})
        return most_frequent(simp, forms[simp])

    default = {simp: default_form(simp) for simp in forms}
    characters = {simp: trad for simp, trad in default.items() if trad != simp}

    # Into Traditional, a word's standard form is CC-CEDICT's entry that is no "variant of"
    # another, then the one with the most glosses (关系 is 關係, not the variant 關系; 台湾 is 臺灣).
    standard = {}
    for simplified, traditional, _, variant, glosses in pairs:
        rank = (variant, -glosses)
        if len(simplified) > 1 and (simplified not in standard or rank < standard[simplified][0]):
            standard[simplified] = (rank, traditional)
    traditional_words = listed_words({simp: trad for simp, (_, trad) in standard.items()}, default)

    # Into Simplified, each Traditional headword's Simplified form (its first entry's).
    fold = folding_pairs(f'{args.out}/ScriptFoldingData.swift')
    simplified_forms = {}
    for simplified, traditional, _, _, _ in pairs:
        if len(traditional) > 1:
            simplified_forms.setdefault(traditional, simplified)
    simplified_words = listed_words(simplified_forms, fold)

    with open(f'{args.out}/ChineseScriptConversionData.swift', 'w', encoding='utf-8') as out:
        out.write('// Generated by Glossary/tools/build-script-conversion.py from CC-CEDICT (CC BY-SA 4.0);\n')
        out.write('// see Glossary/licences/LEXICON.md. Do not edit.\n\n')
        out.write('extension ChineseScriptConversion {\n')
        out.write(f'    /// {len(characters)} Simplified→Traditional pairs, each two characters: Simplified, then Traditional.\n')
        out.write('    static let traditionalCharacterPairs: String = '
                  + swift_literal(''.join(simp + characters[simp] for simp in sorted(characters))) + '\n\n')
        out.write(f'    /// {len(traditional_words)} words the characters alone make wrongly in Traditional,'
                  ' "Simplified<TAB>Traditional" a line.\n')
        out.write('    static let traditionalWordLines: String = '
                  + swift_literal('\n'.join(f'{simp}\t{traditional_words[simp]}' for simp in sorted(traditional_words)))
                  + '\n\n')
        out.write(f'    /// {len(simplified_words)} words the fold makes wrongly in Simplified,'
                  ' "Traditional<TAB>Simplified" a line.\n')
        out.write('    static let simplifiedWordLines: String = '
                  + swift_literal('\n'.join(f'{trad}\t{simplified_words[trad]}' for trad in sorted(simplified_words)))
                  + '\n}\n')
    print(f'{len(characters)} character pairs, {len(traditional_words)} words into Traditional, '
          f'{len(simplified_words)} into Simplified')


if __name__ == '__main__':
    main()
