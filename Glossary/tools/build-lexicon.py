#!/usr/bin/env python3
"""Derives Diglot's Chinese word lexicon and its Traditional→Simplified character table.

Inputs (both openly licensed, see Glossary/licences/LEXICON.md):
  - jieba's dict.txt (MIT): words with corpus counts. Debian: apt-get install python3-jieba.
  - CC-CEDICT as ../shared/glossaries/cedict-full.tsv (CC BY-SA 4.0): headwords and the
    Traditional form of each (the note's trad= field).

Outputs (generated Swift, compiled into DiglotKit; do not edit them by hand):
  - Sources/DiglotKit/Words/ScriptFoldingData.swift: Traditional→Simplified character pairs,
    taken from CC-CEDICT headwords whose two forms have the same length; a Traditional
    character with several Simplified forms takes the most frequent one, a character that
    CC-CEDICT uses more often as Simplified text than as a Traditional form is left alone,
    and chains are followed to their end so folding twice changes nothing.
  - Sources/DiglotKit/Words/LexiconData.swift: every all-Han word of jieba's list with its
    count, plus each CC-CEDICT headword jieba lacks with count 1 (a proper noun when its first
    gloss is capitalised, as in cedict-names.tsv), folded to Simplified
    (counts of words that fold together add up). A header line
    "# words=N prefixes=N total=N folded=1" sizes the table and tells the loader the words are
    folded already; then one line per count and class: "count<TAB>word word…" (words sorted),
    the count followed by /p, /s, /o or /z for names of people, places, organisations and
    other proper nouns (jieba's tags nr*, ns, nt, nz).

Run from the package root:
  python3 Glossary/tools/build-lexicon.py [--jieba PATH] [--cedict PATH]
"""
import argparse
import collections
import re
import sys

HAN = re.compile('^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+$')


def folding_table(cedict_path):
    pairs = collections.Counter()
    # How often a character stands for itself, or is the Simplified form of another: a
    # character used more often so (么 in 什么, 座 in 座位) is Simplified text and is kept.
    as_itself = collections.Counter()
    with open(cedict_path, encoding='utf-8') as handle:
        next(handle)  # header
        for line in handle:
            fields = line.rstrip('\n').split('\t')
            if len(fields) < 3:
                continue
            match = re.match(r'trad=([^;]*)', fields[2])
            if not match:
                continue
            simplified, traditional = fields[0], match.group(1)
            if len(simplified) != len(traditional):
                continue
            for trad, simp in zip(traditional, simplified):
                if trad == simp:
                    as_itself[trad] += 1
                elif HAN.match(trad) and HAN.match(simp):
                    pairs[(trad, simp)] += 1
                    as_itself[simp] += 1
    folded_away = collections.Counter()
    for (trad, simp), count in pairs.items():
        folded_away[trad] += count
    best = {}
    for (trad, simp), count in sorted(pairs.items()):
        if folded_away[trad] <= as_itself[trad]:
            continue
        if trad not in best or count > best[trad][0]:
            best[trad] = (count, simp)
    table = {trad: simp for trad, (count, simp) in best.items()}
    resolved = {}
    for trad in table:
        seen = {trad}
        target = table[trad]
        while target in table and target not in seen:
            seen.add(target)
            target = table[target]
        if target != trad:
            resolved[trad] = target
    return resolved


def fold(word, table):
    return ''.join(table.get(ch, ch) for ch in word)


# jieba's part-of-speech tags for names → the class letter written after the count.
CLASSES = {'nr': 'p', 'nrt': 'p', 'nrfg': 'p', 'ns': 's', 'nt': 'o', 'nz': 'z'}


def lexicon(jieba_path, cedict_path, table):
    counts = collections.Counter()
    classes = {}
    strongest = collections.Counter()
    with open(jieba_path, encoding='utf-8') as handle:
        for line in handle:
            fields = line.split()
            if len(fields) >= 2 and HAN.match(fields[0]):
                word = fold(fields[0], table)
                count = int(fields[1])
                counts[word] += count
                if count >= strongest[word]:
                    strongest[word] = count
                    classes[word] = CLASSES.get(fields[2] if len(fields) > 2 else '', '')
    with open(cedict_path, encoding='utf-8') as handle:
        next(handle)
        for line in handle:
            fields = line.split('\t')
            word = fields[0]
            if HAN.match(word):
                folded = fold(word, table)
                if folded not in counts:
                    counts[folded] = 1
                    classes[folded] = ''
                # A headword whose first gloss is capitalised names something (cedict-names.tsv).
                if counts[folded] == 1 and len(fields) > 1 and fields[1][:1].isupper() and fields[1][:1].isascii():
                    classes[folded] = 'z'
    return counts, classes


def swift_literal(text):
    if '"""#' in text:
        sys.exit('data contains the literal terminator')
    return '#"""\n' + text + '\n"""#'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--jieba', default='/usr/lib/python3/dist-packages/jieba/dict.txt')
    parser.add_argument('--cedict', default='../shared/glossaries/cedict-full.tsv')
    parser.add_argument('--out', default='Sources/DiglotKit/Words')
    args = parser.parse_args()

    table = folding_table(args.cedict)
    pairs = ''.join(trad + table[trad] for trad in sorted(table))
    with open(f'{args.out}/ScriptFoldingData.swift', 'w', encoding='utf-8') as out:
        out.write('// Generated by Glossary/tools/build-lexicon.py from CC-CEDICT (CC BY-SA 4.0). Do not edit.\n\n')
        out.write('extension ScriptFolding {\n')
        out.write(f'    /// {len(table)} Traditional→Simplified pairs, each two characters: Traditional, then Simplified.\n')
        out.write('    static let pairs: String = ' + swift_literal(pairs) + '\n}\n')

    counts, classes = lexicon(args.jieba, args.cedict, table)
    groups = collections.defaultdict(list)
    for word, count in counts.items():
        groups[(count, classes[word])].append(word)
    prefixes = {word[:end] for word in counts for end in range(1, len(word) + 1)}
    header = f'# words={len(counts)} prefixes={len(prefixes)} total={sum(counts.values())} folded=1'
    lines = [header] + [f'{count}{"/" + kind if kind else ""}\t' + ' '.join(sorted(groups[(count, kind)]))
                        for count, kind in sorted(groups, reverse=True)]
    with open(f'{args.out}/LexiconData.swift', 'w', encoding='utf-8') as out:
        out.write('// Generated by Glossary/tools/build-lexicon.py from jieba dict.txt (MIT) and CC-CEDICT\n')
        out.write('// (CC BY-SA 4.0); see Glossary/licences/LEXICON.md. Do not edit.\n\n')
        out.write('extension Lexicon {\n')
        out.write(f'    /// {len(counts)} words, {sum(counts.values())} counted occurrences; one line per count,\n')
        out.write('    /// most frequent first: "count[/class]<TAB>word word…", after a header with the sizes.\n')
        out.write('    static let data: String = ' + swift_literal('\n'.join(lines)) + '\n}\n')
    print(f'{len(table)} folding pairs, {len(counts)} words')


if __name__ == '__main__':
    main()
