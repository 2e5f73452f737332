"""Reading CC-CEDICT as ../shared/glossaries/cedict-full.tsv (source, first gloss, and a note
"trad=…; pinyin=…; +N more gloss(es)"), shared by the tools that derive Diglot's data."""
import re


def headwords_with_traditional_form(cedict_path):
    """(Simplified, Traditional, first gloss, note) of every entry whose note gives a
    Traditional form of the same length as the Simplified headword, in file order."""
    with open(cedict_path, encoding='utf-8') as handle:
        next(handle)  # header
        for line in handle:
            fields = line.rstrip('\n').split('\t')
            if len(fields) < 3:
                continue
            match = re.match(r'trad=([^;]*)', fields[2])
            if match and len(match.group(1)) == len(fields[0]):
                yield fields[0], match.group(1), fields[1], fields[2]


def headwords_and_glosses(cedict_path):
    """(headword, first gloss) of every entry that has a gloss, in file order."""
    with open(cedict_path, encoding='utf-8') as handle:
        next(handle)  # header
        for line in handle:
            fields = line.rstrip('\n').split('\t')
            if len(fields) > 1:
                yield fields[0], fields[1]
