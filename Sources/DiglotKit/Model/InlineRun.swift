/// A typed piece of inline content: text or an inline code, never markup hidden in a string.
///
/// `open` and `close` with the same code ID bracket text (a link, emphasis); `placeholder`
/// stands alone (a line break, an inline image). Writers map them to XLIFF 1.2 `<g>`/`<x/>`
/// and XLIFF 2 `<pc>`/`<ph>`.
public enum InlineRun: Hashable, Sendable, Codable {
    case text(String)
    case open(InlineCode)
    case close(InlineCode)
    case placeholder(InlineCode)
}

/// An inline element of the original article, with what is needed to restore it exactly.
public struct InlineCode: Hashable, Sendable, Codable {
    /// Unique within its block, starting at 1; the `id` of `<g>`, `<x/>`, `<pc>`, `<ph>`.
    public var id: Int
    /// What the code means, for CAT tools' display and for QA.
    public var kind: InlineKind
    /// The HTML element name as it appeared (`a`, `strong`, `br`, `img`, `span`…).
    public var element: String
    /// The element's attributes in source order (`href`, `src`, `alt`, `title`…).
    public var attributes: [Attribute]

    public init(id: Int, kind: InlineKind, element: String, attributes: [Attribute] = []) {
        self.id = id
        self.kind = kind
        self.element = element
        self.attributes = attributes
    }

    /// The value of the first attribute with that name.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// One attribute of an element, kept in source order.
public struct Attribute: Hashable, Sendable, Codable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The meaning of an inline code.
public enum InlineKind: String, Hashable, Sendable, Codable, CaseIterable {
    case link
    case emphasis
    case strong
    case underline
    case strikethrough
    case superscript
    case `subscript`
    case code
    case small
    case span
    case lineBreak
    case image
    case other

    /// Whether the code brackets content (`<g>`, `<pc>`) rather than standing alone (`<x/>`, `<ph/>`).
    public var isPaired: Bool {
        switch self {
        case .lineBreak, .image: false
        default: true
        }
    }

    /// XLIFF 1.2 `ctype` for this kind (spec section 2.5.8 and `x-` extensions).
    public var xliff12CType: String {
        switch self {
        case .link: "link"
        case .emphasis: "italic"
        case .strong: "bold"
        case .underline: "underlined"
        case .lineBreak: "lb"
        case .image: "image"
        case .superscript: "x-sup"
        case .`subscript`: "x-sub"
        case .code: "x-code"
        case .small: "x-small"
        case .strikethrough: "x-strike"
        case .span: "x-span"
        case .other: "x-other"
        }
    }

    /// XLIFF 2 `type`/`subType` for this kind (`fmt`, `link`, `image`, `other`; subtypes `xlf:b`…).
    public var xliff2Type: (type: String, subType: String?) {
        switch self {
        case .link: ("link", nil)
        case .emphasis: ("fmt", "xlf:i")
        case .strong: ("fmt", "xlf:b")
        case .underline: ("fmt", "xlf:u")
        case .lineBreak: ("fmt", "xlf:lb")
        case .image: ("image", nil)
        case .superscript: ("fmt", "xlf:superscript")
        case .`subscript`: ("fmt", "xlf:subscript")
        case .strikethrough: ("fmt", "xlf:strikethrough")
        case .code, .small, .span: ("fmt", nil)
        case .other: ("other", nil)
        }
    }
}
