#!/usr/bin/env python3
"""Derives Diglot's Chinese word lexicon and its Traditional→Simplified character table.

Inputs (all openly licensed, see Glossary/licences/LEXICON.md):
  - jieba's dict.txt (MIT): words with corpus counts and parts of speech. Debian:
    apt-get install python3-jieba.
  - CC-CEDICT as ../shared/glossaries/cedict-full.tsv (CC BY-SA 4.0): headwords, their first
    gloss and the Traditional form of each (the note's trad= field); and its proper nouns,
    ../shared/glossaries/cedict-names.tsv, for the characters that spell names.

Outputs (generated Swift, compiled into DiglotKit; do not edit them by hand):
  - Sources/DiglotKit/Words/ScriptFoldingData.swift: Traditional→Simplified character pairs,
    taken from CC-CEDICT headwords whose two forms have the same length; a Traditional
    character with several Simplified forms takes the most frequent one, a character that
    CC-CEDICT uses more often as Simplified text than as a Traditional form is left alone,
    and chains are followed to their end so folding twice changes nothing; and the
    characters folded so that Simplified headwords still write (乾 in 乾隆).
  - Sources/DiglotKit/Words/LexiconData.swift: every all-Han word of jieba's list with its
    count, plus each CC-CEDICT headword jieba lacks with count 1 (a proper noun when its first
    gloss is capitalised, as in cedict-names.tsv), Taiwan's and Hong Kong's cities and
    counties counted at least 300 and their districts and towns at least 30 (a place), folded
    to Simplified
    (counts of words that fold together add up). A header line
    "# words=N prefixes=N total=N folded=1" sizes the table and tells the loader the words are
    folded already; then one line per count and class: "count<TAB>word word…" (words sorted),
    the count followed by a class letter: /p, /s, /o or /z for names of people, places,
    organisations and other proper nouns (jieba's tags nr*, ns, nt, nz; a word jieba calls a
    person but whose CC-CEDICT gloss has no capital letter is an ordinary word, as 顾问
    "adviser" is; a person, another proper noun or a rare ordinary noun that CC-CEDICT glosses
    only as a place or an institution, with no dates of a life, is that: 斯德哥尔摩 "Stockholm,
    capital of Sweden", 西门子 "Siemens (company name)", 河内 "Hanoi, capital of Vietnam"; and
    a person when the gloss gives the dates of a life: 基辛格 "Henry Kissinger (1923-), …",
    and so is a word jieba calls a place or a time, however common: 普京 ns, 周恩来 t);
    /f for grammatical words (jieba's p, c, u*, r*, d, and m, q for words of
    two or more characters: 据, 跟, 的, 本, 一个); /v for
    verbs of two or more characters; /c for a character that spells names — one that
    CC-CEDICT's proper nouns use often for its frequency (斯, 拉, 天; not 据, 狗, 类, 人).

Run from the package root:
  python3 Glossary/tools/build-lexicon.py [--jieba PATH] [--cedict PATH] [--names PATH]
"""
import argparse
import collections
import re
import sys

import cedict

HAN = re.compile('^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+$')


def folding_table(cedict_path):
    pairs = collections.Counter()
    # How often a character stands for itself, or is the Simplified form of another: a
    # character used more often so (么 in 什么, 座 in 座位) is Simplified text and is kept.
    as_itself = collections.Counter()
    for simplified, traditional, _, _ in cedict.headwords_with_traditional_form(cedict_path):
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


def kept_in_simplified(cedict_path, table):
    """The characters the folding table maps away that CC-CEDICT's Simplified headwords
    still write (乾 in 乾隆, 著 in 名著, 瞭 in 瞭望)."""
    kept = set()
    with open(cedict_path, encoding='utf-8') as handle:
        next(handle)
        for line in handle:
            word = line.split('\t')[0]
            if HAN.match(word):
                kept.update(ch for ch in word if ch in table)
    return kept


def fold(word, table):
    return ''.join(table.get(ch, ch) for ch in word)


# jieba's part-of-speech tags for names → the class letter written after the count.
CLASSES = {'nr': 'p', 'nrt': 'p', 'nrfg': 'p', 'ns': 's', 'nt': 'o', 'nz': 'z'}
# Grammatical words (prepositions, conjunctions, particles, pronouns, adverbs; numerals and
# measure words of two or more characters, 一个): class f.
FUNCTION_TAGS = ('p', 'c', 'u', 'r', 'd')
# A character is one that spells names (class c) when CC-CEDICT's names use it at least this
# often for its frequency as a word: names containing it / sqrt(its count). 斯 11.6, 拉 4.3,
# 天 0.98; 据 0.03, 狗 0.18, 类 0.11. Characters more common than the cap (人, 中, 本) are
# words first, whatever the names do with them.
NAME_CHARACTER_SCORE = 0.3
# An ordinary word of jieba's this rare may be a name CC-CEDICT knows (河内 248, 海地 225); the
# common ones keep their ordinary meaning (大树, 山上), whatever place CC-CEDICT names with them.
RARE_WORD_COUNT = 300
NAME_CHARACTER_MAXIMUM_COUNT = 40_000


def word_class(word, tag, count, name_uses, cedict_gloss, ordinary, regions=frozenset()):
    """The class letter of a jieba word: see the module's docstring."""
    if len(word) > 1 and tag != 'nt' and word not in ordinary and names_region(cedict_gloss.get(word), regions):
        return 's'
    if len(word) == 1 and count <= NAME_CHARACTER_MAXIMUM_COUNT \
            and name_uses.get(word, 0) / count ** 0.5 >= NAME_CHARACTER_SCORE:
        return 'c'
    if tag.startswith(FUNCTION_TAGS) or (len(word) > 1 and tag in ('m', 'q', 'mq')):
        return 'f'
    if len(word) > 1 and tag == 'v':
        return 'v'
    kind = CLASSES.get(tag, '')
    # jieba tags many ordinary words as people (明白, 顾问, 明星); CC-CEDICT's gloss of such a
    # word names nothing (no capital letter in it).
    if kind == 'p' and len(word) > 1 and cedict_gloss.get(word) is not None \
            and not re.search('[A-Z]', cedict_gloss[word]):
        return ''
    # A word whose gloss gives the dates of a life is a person however common, whatever else
    # jieba calls it (周恩来 t "Zhou Enlai (1898-1976), …", 普京 ns "Vladimir Putin (1952-), …"),
    # unless it has an ordinary meaning too.
    if len(word) > 1 and kind in ('s', 'z', '') and word not in ordinary and is_life(cedict_gloss.get(word)):
        return 'p'
    # CC-CEDICT's gloss says what a name names, and what the rarer words jieba tags as
    # ordinary nouns name (河内 "Hanoi, capital of Vietnam"); a rare one whose gloss gives the
    # dates of a life is a person (基辛格 "Henry Kissinger (1923-), US academic…").
    if len(word) > 1 and (kind in ('p', 'z') or (kind == '' and count <= RARE_WORD_COUNT)):
        return class_from_gloss(word, cedict_gloss.get(word), ordinary,
                                life=kind != 'p' and count <= RARE_WORD_COUNT) or kind
    return kind


# Where other glosses put things (capital of Ukraine, province in Iraq, state of Malaysia):
# countries and regions, whose own gloss is often the name alone (乌克兰 "Ukraine").
REGION_PHRASE = re.compile(r'\b(?:capital|province|region|city|town|county|state|port|river|island|prefecture'
                           r'|coast|border|king)'
                           r' (?:of|in) (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)*)')


def regions_named(cedict_path):
    """The names CC-CEDICT's glosses place something in (`REGION_PHRASE`)."""
    regions = set()
    for _, gloss in cedict.headwords_and_glosses(cedict_path):
        regions.update(match.group(1) for match in REGION_PHRASE.finditer(gloss))
    return frozenset(regions)


def names_region(gloss, regions):
    """Whether a first gloss is a region's name alone, or with what it is after a comma or
    in brackets: "Ukraine", "the Maldives", "Hawaii, US state", "Niger (African state)"; not
    "Jordan (name)", "Tibetan (person)", "Wei (220-265) and Jin (265-420) dynasties", or a
    people's word ("Chinese", "Spanish"), in which glosses place things too."""
    if not gloss:
        return False
    sense = gloss.split(';')[0].strip()
    name = re.split(r'\s*[,(]', sense, maxsplit=1)[0]
    name = name[4:] if name.startswith('the ') else name
    rest = sense[len(name):]
    return name in regions and not re.search(r'(?:ese|ish|ian|ic)$', name) \
        and not re.search(r'\d|\b(?:name|surname|person|people|language|nationality|dynast)', rest, re.IGNORECASE)


def class_from_gloss(word, gloss, ordinary, life):
    """s or o when the word has no ordinary meaning and its gloss names a place or an
    organisation (`gloss_kind`); with `life`, p when the gloss gives the dates of a life
    (`is_life`); '' otherwise."""
    if word in ordinary:
        return ''
    return gloss_kind(gloss) or ('p' if life and is_life(gloss) else '')


# Words of an event, a period or a body, which have dates but no life (文化大革命 "Cultural
# Revolution (1966-1976)", 六朝 "Six Dynasties (220-589)").
NOT_A_LIFE = re.compile(r'\b(?:war|revolution|movement|incident|uprising|rebellion|period|dynast(?:y|ies)'
                        r'|kingdoms?|states?|era|campaign|reform|famine|crisis|empire|republic|union|treaty'
                        r'|conference|expedition|affair|massacre|battle|olympics|games|festival|exhibition'
                        r'|party|society|league|army|regime|government|confederacy|commandery|curtain|culture'
                        r'|attempt|name)\b',
                        re.IGNORECASE)


def is_life(gloss):
    """Whether a capitalised gloss reads "Name (dates), who they were": dates of a life right
    after a name that is no event, period or body, and a description after them (not 东周
    "Eastern Zhou (770-221 BC)", 百济 "… (18 BC-660 AD), one of the Korean Three Kingdoms")."""
    if not gloss or not gloss[:1].isupper():
        return False
    match = LIFE_DATES.search(gloss)
    close = gloss.find(')', match.start()) if match else -1
    name = gloss[:match.start()] if match else ''
    if close < 0 or re.search('million|years', gloss[match.start():close]) or NOT_A_LIFE.search(name) \
            or re.search(r'\b(?:' + GLOSS_WORDS[1][1] + r')\b', name.lower()):
        return False
    after = gloss[close + 1:].lstrip()
    if not after.startswith(',') or re.match(r',\s*one of the\b[^,;]*\b(?:kingdoms|dynasties|states)\b', after, re.IGNORECASE):
        return False
    # The description's head, before "of", "in" or the next comma: a kingdom is no one.
    head = re.split(r'\b(?:of|in|from|on|at|who)\b|[,;(]', after[1:], maxsplit=1)[0]
    return not NOT_A_LIFE.search(head)


# What CC-CEDICT's first gloss of a name says it names. jieba tags most transliterations as
# people (斯德哥尔摩 nrt, 西门子 nr); the gloss says "Stockholm, capital of Sweden", "Siemens
# (company name)". Only names CC-CEDICT gives no ordinary meaning (not 和平 "Heping; peace").
# Dates of a life (Li Dazhao (1888-1927)): a person, whatever else the gloss mentions.
LIFE_DATES = re.compile(r'\((?:c\. ?|born |died )?-?\d{2,4}(?: ?BC)?\s*-|\((?:born|died) ')
GLOSS_WORDS = [
    # Words that say the name is of something else (a god, a book, a dynasty, a language,
    # money), matched as written: a name's own words are capitalised (Beijing Language and
    # Culture University).
    ('', r'god|goddess|deity|character|hero|heroine|dynasty|era|reign|festival|book|novel|poem|poetry|poets'
         r'|opera|film|movie|song|member|members|war|battle|ethnic|language|dialect'
         r'|(?:Chinese|Taiwan|Taiwanese|foreign|private|state|venture) capital'),
    ('s', r'city|capital|county|province|prefecture|river|lake|mountains?|island|islands|district|town|township'
          r'|village|region|country|port|sea|bay|gulf|desert|peninsula|archipelago|valley|canal|strait|ocean'
          r'|plateau|basin|municipality|autonomous|oblast|commune|suburb|neighborhood'),
    ('o', r'company|corporation|brand|airlines?|bank|university|party|newspaper|agency|organization'
          r'|manufacturer|maker|firm|network|magazine|broadcaster|institute|college|club|retailer|chain'
          r'|journal|daily|times|post|news|gazette|herald|tribune|press'),
]


def gloss_kind(gloss):
    """s or o when a capitalised CC-CEDICT gloss says it names a place or an organisation, by
    its first such word; '' when it says neither or gives dates of a life."""
    if not gloss or not gloss[:1].isupper() or LIFE_DATES.search(gloss):
        return ''
    found = []
    for kind, words in GLOSS_WORDS:
        match = re.search(r'\b(?:' + words + r')\b', gloss if kind == '' else gloss.lower())
        if match:
            found.append((match.start(), kind))
    return min(found)[1] if found else ''  # '' when the first such word says something else


def name_character_uses(names_path, table):
    """For each character, how many CC-CEDICT proper-noun headwords (of two or more
    characters) contain it."""
    uses = collections.Counter()
    with open(names_path, encoding='utf-8') as handle:
        next(handle)
        for line in handle:
            word = line.split('\t')[0]
            if HAN.match(word) and len(word) > 1:
                uses.update(set(fold(word, table)))
    return uses


def words_with_ordinary_meaning(cedict_path, table):
    """The headwords (folded) that have a gloss whose first letter is lowercase ("rising",
    "(of markets) rising"): ordinary words, whatever else they name; a variant of an
    ordinary word is one too ("variant of 同人[tong2 ren2]"), not a variant of a name
    ("variant of 谷歌[Gu3 ge1]")."""
    words = set()
    for headword, gloss in cedict.headwords_and_glosses(cedict_path):
        letters = [ch for ch in gloss if ch.isalpha()][:1]
        if HAN.match(headword) and letters and letters[0].islower() and not names_a_variant(gloss):
            words.add(fold(headword, table))
    return words


# A gloss that only says the headword is another's variant: no meaning of its own.
VARIANT = re.compile(r'(?:old |archaic |Japanese |erroneous )?variant of')


def names_a_variant(gloss):
    """Whether a gloss says the headword is a variant of a name: its pinyin is capitalised."""
    match = VARIANT.match(gloss)
    reading = re.search(r'\[([^\]]*)\]', gloss) if match else None
    return bool(reading) and reading.group(1)[:1].isupper()


def first_glosses(cedict_path, table):
    """Each CC-CEDICT headword's first gloss, folded; an entry that only says the word is a
    variant of another ("variant of 谷歌[Gu3 ge1]") gives way to the next entry's gloss
    ("Google, Internet company and search engine")."""
    glosses = {}
    variants = {}
    for headword, gloss in cedict.headwords_and_glosses(cedict_path):
        if HAN.match(headword):
            word = fold(headword, table)
            if VARIANT.match(gloss):
                variants.setdefault(word, gloss)
            else:
                glosses.setdefault(word, gloss)
    return {**variants, **glosses}


def lexicon(jieba_path, cedict_path, names_path, table):
    counts = collections.Counter()
    classes = {}
    strongest = collections.Counter()
    name_uses = name_character_uses(names_path, table)
    glosses = first_glosses(cedict_path, table)
    ordinary = words_with_ordinary_meaning(cedict_path, table)
    regions = regions_named(cedict_path)
    with open(jieba_path, encoding='utf-8') as handle:
        for line in handle:
            fields = line.split()
            if len(fields) >= 2 and HAN.match(fields[0]):
                word = fold(fields[0], table)
                count = int(fields[1])
                counts[word] += count
                if count >= strongest[word]:
                    strongest[word] = count
                    tag = fields[2] if len(fields) > 2 else ''
                    classes[word] = word_class(word, tag, count, name_uses, glosses, ordinary, regions)
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
                    classes[folded] = ('s' if folded not in ordinary and names_region(glosses.get(folded), regions)
                                       else class_from_gloss(folded, glosses.get(folded), ordinary, life=True) or 'z')
    for word, floor in taiwan_and_hong_kong_places(cedict_path, table).items():
        if counts[word] < floor:
            counts[word] = floor
            if classes.get(word, '') in ('', 'v', 'z', 'c'):
                classes[word] = 's'
    for word in glued_to_names(counts, classes, set(glosses), surnames(cedict_path, table)):
        del counts[word], classes[word]
    return counts, classes


# jieba counted mainland text, where Taiwan's and Hong Kong's places are rare: 高雄 (Kaohsiung)
# has no count of its own, 台中 (Taichung) 3, 元朗 (Yuen Long) 4, so a best path walks through
# them (台|东海|端 for 台东|海端). Diglot reads Taiwan's and Hong Kong's news, so these places
# count at least as a mainland city of some size does (南宁 314) or a district (30).
TAIWAN_HONG_KONG = re.compile(r'\b(?:Taiwan|Hong Kong|Macau|Macao|Kowloon|New Territories)\b')
# What a gloss calls the place, by the first such word: "Haiduan township in Taitung County"
# is a township.
PLACE_KIND = re.compile(r'\b(city|county|municipality|district|township|town|area|village|island)\b', re.IGNORECASE)
CITY_KINDS = {'city', 'county', 'municipality'}
CITY_COUNT = 300
DISTRICT_COUNT = 30


def taiwan_and_hong_kong_places(cedict_path, table):
    """Each CC-CEDICT headword that some gloss calls a city, county, district, township or
    town of Taiwan, Hong Kong or Macau, folded, with the count it has at least."""
    floors = {}
    for headword, gloss in cedict.headwords_and_glosses(cedict_path):
        if len(headword) < 2 or not HAN.match(headword) or not gloss[:1].isupper() \
                or not TAIWAN_HONG_KONG.search(gloss):
            continue
        kind = PLACE_KIND.search(gloss)
        if not kind:
            continue
        floor = CITY_COUNT if kind.group(1).lower() in CITY_KINDS else DISTRICT_COUNT
        word = fold(headword, table)
        floors[word] = max(floor, floors.get(word, 0))
    return floors


def glued_to_names(counts, classes, headwords, surname_characters):
    """jieba's words that glue a grammatical character to a more frequent name (由博古, 和慈禧,
    于长江, 但崇祯): not words of the language, and on a best path they hide the name. Kept
    when CC-CEDICT has them (都柏林, 诸城市) or when they may be a surname and a given name
    (任志强, 何太后), or a county or city (常宁县)."""
    glued = []
    for word, count in counts.items():
        rest = word[1:]
        if len(word) >= 3 and word not in headwords and classes.get(word[0]) == 'f' \
                and classes.get(rest) in ('p', 's', 'o') and counts.get(rest, 0) > count \
                and not (word[0] in surname_characters and classes[rest] == 'p' and len(rest) == 2) \
                and not (classes.get(word) == 's' and word[-1] in '县市省'):
            glued.append(word)
    return sorted(glued)


def surnames(cedict_path, table):
    """The characters one of whose CC-CEDICT entries is glossed first as "surname …"."""
    found = set()
    with open(cedict_path, encoding='utf-8') as handle:
        next(handle)
        for line in handle:
            fields = line.split('\t')
            if len(fields) > 1 and len(fields[0]) == 1 and fields[1].startswith('surname '):
                found.add(fold(fields[0], table))
    return found


def swift_literal(text):
    if '"""#' in text:
        sys.exit('data contains the literal terminator')
    return '#"""\n' + text + '\n"""#'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--jieba', default='/usr/lib/python3/dist-packages/jieba/dict.txt')
    parser.add_argument('--cedict', default='../shared/glossaries/cedict-full.tsv')
    parser.add_argument('--names', default='../shared/glossaries/cedict-names.tsv')
    parser.add_argument('--out', default='Sources/DiglotKit/Words')
    args = parser.parse_args()

    table = folding_table(args.cedict)
    pairs = ''.join(trad + table[trad] for trad in sorted(table))
    with open(f'{args.out}/ScriptFoldingData.swift', 'w', encoding='utf-8') as out:
        out.write('// Generated by Glossary/tools/build-lexicon.py from CC-CEDICT (CC BY-SA 4.0). Do not edit.\n\n')
        out.write('extension ScriptFolding {\n')
        out.write(f'    /// {len(table)} Traditional→Simplified pairs, each two characters: Traditional, then Simplified.\n')
        out.write('    static let pairs: String = ' + swift_literal(pairs) + '\n\n')
        kept = ''.join(sorted(kept_in_simplified(args.cedict, table)))
        out.write(f'    /// {len(kept)} characters the table folds that Simplified headwords still write (乾 in 乾隆).\n')
        out.write('    static let keptInSimplifiedWords: String = ' + swift_literal(kept) + '\n}\n')

    counts, classes = lexicon(args.jieba, args.cedict, args.names, table)
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
