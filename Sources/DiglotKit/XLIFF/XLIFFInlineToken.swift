/// One piece of inline content as found in a returned XLIFF file, before it is mapped back
/// to the source block's codes.
///
/// Every equivalent spelling of a code collapses to one token: 1.2 `<g>`, `<bpt>`/`<ept>`,
/// `<bx/>`/`<ex/>` and `<it>`, and 2.x `<pc>` and `<sc/>`/`<ec/>` all give `start`/`end`;
/// 1.2 `<x/>` and `<ph>` and 2.x `<ph/>` give `standalone`. Annotations (`<mrk>`, `<sm/>`,
/// `<em/>`) are unwrapped: their text stays, the marker goes. The `id` is the code ID as the
/// tool wrote it (after following `rid`/`startRef`), compared with the source's code IDs.
public enum XLIFFInlineToken: Hashable, Sendable, Codable {
    case text(String)
    case start(id: String)
    case end(id: String)
    case standalone(id: String)

    /// The text of a run of tokens with codes removed.
    public static func plainText(of tokens: [XLIFFInlineToken]) -> String {
        tokens.reduce(into: "") { text, token in if case .text(let string) = token { text += string } }
    }
}
