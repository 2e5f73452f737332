/// The book's one stylesheet.
///
/// Written for e-ink first: distinction between source and translation never relies on colour
/// alone (the translation has a rule at its start edge and a different face), side-by-side rows
/// use `display: table` (understood by old reading engines that ignore flex and grid) and fall
/// back to stacked paragraphs below 34em, where two columns of Chinese and English would be
/// too narrow to read. Fonts are only generic families with per-language preferences, so each
/// reading system uses its own installed CJK and Arabic fonts.
enum Stylesheet {
    static let css = """
    @charset "utf-8";

    html { line-height: 1.55; }
    body { margin: 0 4%; }
    :lang(zh), :lang(ja), :lang(ko) { line-height: 1.75; }
    :lang(zh-Hans) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; }
    :lang(zh-Hant) { font-family: "Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", serif; }
    :lang(ja) { font-family: "Noto Serif CJK JP", "Source Han Serif JP", serif; }
    :lang(ko) { font-family: "Noto Serif CJK KR", "Source Han Serif KR", serif; }
    :lang(ar), :lang(fa), :lang(ur) { font-family: "Noto Naskh Arabic", "Amiri", serif; line-height: 1.8; }
    :lang(he) { font-family: "Noto Serif Hebrew", serif; }

    h1, h2, h3, h4, h5, h6 { line-height: 1.3; margin: 1.2em 0 0.4em; }
    h1 { font-size: 1.5em; }
    h2 { font-size: 1.25em; }
    h3, h4, h5, h6 { font-size: 1.1em; }
    p, blockquote, pre, li, dd, dt { margin-top: 0; orphans: 2; widows: 2; }
    p { margin-bottom: 0.6em; }
    blockquote { margin: 0.6em 1.5em; font-style: italic; }
    pre { white-space: pre-wrap; font-family: monospace; font-size: 0.9em; }
    a { overflow-wrap: break-word; word-wrap: break-word; }
    hr { border: 0; border-top: 1px solid #888; margin: 1.5em 20%; }
    mark { background: transparent; }

    /* Article head: headline, outlet, date, link. */
    header.article-head { margin-bottom: 1.4em; padding-bottom: 0.6em; border-bottom: 1px solid #999; }
    .article-meta, .article-link { font-size: 0.85em; color: #444; margin: 0.2em 0; text-indent: 0; }
    .article-link a { word-break: break-all; }

    /* Source and translation. */
    .tgt { font-family: sans-serif; color: #1f3a5f; }
    .tgt:lang(zh-Hans) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", sans-serif; }
    .tgt:lang(zh-Hant) { font-family: "Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", sans-serif; }
    .tgt:lang(ar) { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; }
    .interleaved .src.fixed, .interleaved .src { margin-bottom: 0.25em; }
    .interleaved .tgt {
        border-left: 3px solid #7d97b8; padding-left: 0.7em; margin-bottom: 1em;
    }
    .interleaved .tgt[dir="rtl"] { border-left: 0; padding-left: 0; border-right: 3px solid #7d97b8; padding-right: 0.7em; }
    .interleaved li.tgt { list-style-type: none; }
    .interleaved h1.tgt, .interleaved h2.tgt, .interleaved h3.tgt,
    .interleaved h4.tgt, .interleaved h5.tgt, .interleaved h6.tgt { margin-top: 0.2em; font-weight: normal; }

    /* Side by side: two columns on wide screens, stacked on narrow ones. */
    .pair { display: table; table-layout: fixed; width: 100%; border-collapse: separate; border-spacing: 0; margin-bottom: 0.6em; }
    .pair > .src, .pair > .tgt, .pair > .src-list, .pair > .tgt-list {
        display: table-cell; width: 50%; vertical-align: top; margin: 0;
    }
    .pair > .src, .pair > .src-list { padding-right: 0.8em; }
    .pair > .tgt, .pair > .tgt-list { padding-left: 0.8em; border-left: 1px solid #aab; }
    .pair > ol, .pair > ul { list-style-position: inside; }
    .pair > .src-list, .pair > .tgt-list[dir="rtl"] { padding-left: 0; }
    .pair li { margin-left: 0; margin-right: 0; }
    @media (max-width: 34em) {
        .pair, .pair > .src, .pair > .tgt, .pair > .src-list, .pair > .tgt-list { display: block; width: auto; }
        .pair > .src, .pair > .src-list { padding-right: 0; }
        .pair > .tgt, .pair > .tgt-list { border-left: 3px solid #7d97b8; padding-left: 0.7em; margin-top: 0.25em; }
    }

    /* Lists are flattened; depth shows as indentation. */
    li.depth-2 { margin-left: 1.5em; } li.depth-3 { margin-left: 3em; }
    li.depth-4, li.depth-5, li.depth-6 { margin-left: 4.5em; }
    .pair.depth-2 { padding-left: 1.5em; } .pair.depth-3 { padding-left: 3em; }
    .pair.depth-4, .pair.depth-5, .pair.depth-6 { padding-left: 4.5em; }
    p.li { margin-left: 1em; } p.depth-2 { margin-left: 2.5em; } p.depth-3 { margin-left: 4em; }

    table.data { border-collapse: collapse; margin: 0.8em 0; width: 100%; }
    table.data th, table.data td { border: 1px solid #999; padding: 0.25em 0.4em; vertical-align: top; text-align: start; }
    table.data tr.tgt-row th, table.data tr.tgt-row td { border-top-style: dashed; background: #eef2f7; }
    .interleaved table.data .tgt, .interleaved table.data .tgt[dir="rtl"] { border-left: 1px solid #999; border-right: 1px solid #999; padding: 0.25em 0.4em; }

    figure { margin: 1em 0; }
    figure img { max-width: 100%; height: auto; display: block; margin: 0 auto 0.4em; }
    p.alt, p.caption { font-size: 0.9em; color: #333; }
    p.alt.tgt, p.caption.tgt { color: #1f3a5f; }

    /* Chinese, Japanese and Korean have no true italics: emphasis becomes bold, quotes upright. */
    em:lang(zh), i:lang(zh), cite:lang(zh), em:lang(ja), i:lang(ja), em:lang(ko), i:lang(ko) { font-style: normal; font-weight: bold; }
    blockquote:lang(zh), blockquote:lang(ja), blockquote:lang(ko) { font-style: normal; }

    /* Translation state: a dashed (untranslated) or dotted (needs review) rule plus a label. */
    .tgt.untranslated, .tgt.partial, .tgt.needs-review { border-left: 3px dashed #8a8a8a; padding-left: 0.6em; }
    .tgt.needs-review { border-left-style: dotted; }
    .tgt.untranslated[dir="rtl"], .tgt.partial[dir="rtl"], .tgt.needs-review[dir="rtl"] {
        border-left: 0; padding-left: 0; border-right: 3px dashed #8a8a8a; padding-right: 0.6em;
    }
    table.data .tgt.untranslated, table.data .tgt.partial, table.data .tgt.needs-review { padding: 0.25em 0.4em; }
    .untranslated { color: #5a5a5a; font-style: italic; }
    .untranslated:lang(zh), .untranslated:lang(ja), .untranslated:lang(ko) { font-style: normal; }
    .untranslated::before { content: "[untranslated] "; font-style: normal; font-size: 0.75em; letter-spacing: 0.05em; }
    span.untranslated::before { content: "[untranslated] "; }
    .needs-review::before { content: "[needs review] "; font-style: normal; font-size: 0.75em; }

    /* Review copy. */
    .unit { margin: 0 0 1.2em; padding: 0.4em 0.6em; border: 1px solid #bbb; page-break-inside: avoid; break-inside: avoid; }
    .unit-id { font-family: monospace; font-size: 0.75em; color: #555; margin: 0 0 0.3em; }
    .unit > h1, .unit > h2, .unit > h3, .unit > h4, .unit > h5, .unit > h6 { margin-top: 0; }
    .review mark.term { text-decoration: underline; text-decoration-style: double; font-weight: bold; }
    ul.terms { font-size: 0.85em; margin: 0.2em 0 0.4em; padding-left: 1.2em; }
    .term-type, .term-note { font-size: 0.85em; color: #555; }
    .term-type::before { content: "("; } .term-type::after { content: ")"; }
    p.slot { min-height: 3.2em; border: 1px dashed #888; padding: 0.3em 0.5em; margin: 0.3em 0 0; }

    /* Title page and contents. */
    section.title-page { margin-top: 25%; text-align: center; }
    .book-title { font-size: 1.8em; }
    .book-languages { font-size: 1.1em; margin: 1.2em 0; }
    .book-dates, .book-outlets, .book-creator { font-size: 0.9em; color: #444; }
    nav#toc ol { padding-left: 1.5em; }
    nav#toc li { margin-bottom: 0.5em; }
    nav#toc span.tgt { color: #1f3a5f; }

    """
}
