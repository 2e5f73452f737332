/// What kind of evidence an anchor is; each kind has its own weight.
enum AnchorKind: Int, Sendable, CaseIterable {
    /// A number or a date.
    case number
    /// A Latin-script word kept in Chinese text ("iPhone", "G20", "FT").
    case latin
    /// A Chinese word from the dictionary or a glossary, by its English stems.
    case term
    /// A capitalised word between two texts in Latin script: a name.
    case name
    /// A quotation.
    case quote
}

/// One anchor of a text: alternative keys (a number's readings, a term's translations), any
/// of which the other text may hold.
struct Anchor: Sendable {
    var kind: AnchorKind
    var keys: [AnchorKey]
}
