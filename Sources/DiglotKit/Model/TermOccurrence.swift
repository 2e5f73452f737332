import Foundation

/// A glossary term found in a segment: where it is and what it should become.
///
/// The location is a text run of the segment and a range of Unicode scalar offsets inside it,
/// so writers can wrap exactly those characters in `<mrk>` without touching inline codes.
public struct TermOccurrence: Hashable, Sendable, Codable {
    /// Index into `Segment.runs`; always a `.text` run.
    public var runIndex: Int
    /// Unicode scalar offsets inside that run's text.
    public var range: Range<Int>
    /// The glossary entry that matched.
    public var entry: GlossaryEntry

    public init(runIndex: Int, range: Range<Int>, entry: GlossaryEntry) {
        self.runIndex = runIndex
        self.range = range
        self.entry = entry
    }
}

/// One glossary entry: a source term and its agreed translation.
///
/// The fields live in one shared, copy-on-write box. Every hit carries its entry, and with a
/// dictionary-sized glossary nearly every Chinese word is a hit: copying four strings and an
/// array retained each of them on every copy, while a box is one reference. Equality,
/// hashing and the `Codable` form are those of the plain fields (the keys and layout the
/// compiler would synthesise), so the box is invisible.
public struct GlossaryEntry: Hashable, Sendable, Codable {
    private var fields: Fields

    public var source: String {
        get { fields.source }
        set { uniqueFields().source = newValue }
    }
    public var target: String {
        get { fields.target }
        set { uniqueFields().target = newValue }
    }
    public var type: TermType {
        get { fields.type }
        set { uniqueFields().type = newValue }
    }
    public var note: String? {
        get { fields.note }
        set { uniqueFields().note = newValue }
    }
    /// The agreed translation and its alternatives, in order: `target` split at `|`
    /// ("renminbi | yuan"). Each is acceptable; the first is preferred.
    public var translations: [String] { GlossaryEntry.alternatives(in: fields.target) }

    /// The translations written in `target`: split at `|`, trimmed, empty ones left out.
    public static func alternatives(in target: String) -> [String] {
        guard target.contains("|") else { return target.isEmpty ? [] : [target] }
        return target.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Alternatives written as one `target`, the form every glossary format reads back.
    public static func target(joining alternatives: [String]) -> String {
        alternatives.joined(separator: " | ")
    }

    /// Whether Latin-script matching respects letter case.
    public var caseSensitive: Bool {
        get { fields.caseSensitive }
        set { uniqueFields().caseSensitive = newValue }
    }
    /// Target variants that must not be used.
    public var forbidden: [String] {
        get { fields.forbidden }
        set { uniqueFields().forbidden = newValue }
    }

    public init(source: String, target: String, type: TermType = .term, note: String? = nil,
                caseSensitive: Bool = false, forbidden: [String] = []) {
        fields = Fields(source: source, target: target, type: type, note: note,
                        caseSensitive: caseSensitive, forbidden: forbidden)
    }

    /// The box, copied first when another entry shares it.
    private mutating func uniqueFields() -> Fields {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
        return fields
    }

    /// Whether both are copies of one entry (one box): then they are equal without comparing
    /// fields. False says nothing; equal entries may have been made separately.
    func sharesStorage(with other: GlossaryEntry) -> Bool { fields === other.fields }

    /// The identity of the shared box: equal for copies of one entry while it lives.
    var storageIdentity: ObjectIdentifier { ObjectIdentifier(fields) }

    public static func == (lhs: GlossaryEntry, rhs: GlossaryEntry) -> Bool {
        if lhs.sharesStorage(with: rhs) { return true }
        let left = lhs.fields
        let right = rhs.fields
        return left.source == right.source && left.target == right.target && left.type == right.type
            && left.note == right.note && left.caseSensitive == right.caseSensitive && left.forbidden == right.forbidden
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields.source)
        hasher.combine(fields.target)
        hasher.combine(fields.type)
        hasher.combine(fields.note)
        hasher.combine(fields.caseSensitive)
        hasher.combine(fields.forbidden)
    }

    private enum CodingKeys: String, CodingKey {
        case source, target, type, note, caseSensitive, forbidden
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(source: try container.decode(String.self, forKey: .source),
                  target: try container.decode(String.self, forKey: .target),
                  type: try container.decode(TermType.self, forKey: .type),
                  note: try container.decodeIfPresent(String.self, forKey: .note),
                  caseSensitive: try container.decode(Bool.self, forKey: .caseSensitive),
                  forbidden: try container.decode([String].self, forKey: .forbidden))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fields.source, forKey: .source)
        try container.encode(fields.target, forKey: .target)
        try container.encode(fields.type, forKey: .type)
        try container.encodeIfPresent(fields.note, forKey: .note)
        try container.encode(fields.caseSensitive, forKey: .caseSensitive)
        try container.encode(fields.forbidden, forKey: .forbidden)
    }

    /// The shared storage. Only mutated through `uniqueFields()`, that is while no other
    /// entry holds it, which is what makes sharing it across tasks safe.
    private final class Fields: @unchecked Sendable {
        var source: String
        var target: String
        var type: TermType
        var note: String?
        var caseSensitive: Bool
        var forbidden: [String]

        init(source: String, target: String, type: TermType, note: String?, caseSensitive: Bool, forbidden: [String]) {
            self.source = source
            self.target = target
            self.type = type
            self.note = note
            self.caseSensitive = caseSensitive
            self.forbidden = forbidden
        }

        func copy() -> Fields {
            Fields(source: source, target: target, type: type, note: note, caseSensitive: caseSensitive, forbidden: forbidden)
        }
    }
}

/// What kind of name or term an entry is.
public enum TermType: String, Hashable, Sendable, Codable, CaseIterable {
    case person, org, place, term
    /// A blocking entry: matched to stop shorter terms inside it, never shown.
    case exclude
}
