import Foundation

/// Resolves links against a base URL, tolerating the unencoded CJK paths real feeds contain.
enum URLResolver {
    /// The absolute form of `reference` against `base`; the reference itself when it cannot be resolved.
    static func resolve(_ reference: String, against base: String?) -> String {
        let trimmed = reference.trimming(.whitespacesAndNewlines)
        guard let reference = url(trimmed) else { return trimmed }
        if reference.scheme != nil { return trimmed }
        guard let base, let baseURL = url(base), baseURL.scheme != nil,
              let resolved = URL(string: reference.relativeString, relativeTo: baseURL)?.absoluteURL else { return trimmed }
        return resolved.absoluteString
    }

    /// A URL from a string, percent-encoding characters URLs may not hold raw (spaces, CJK).
    static func url(_ string: String) -> URL? {
        if let url = URL(string: string) { return url }
        var allowed = CharacterSet.urlQueryAllowed
        allowed.insert(charactersIn: "#%")
        guard let encoded = string.addingPercentEncoding(withAllowedCharacters: allowed) else { return nil }
        return URL(string: encoded)
    }

    /// The host without a leading `www.`.
    static func host(of string: String) -> String? {
        guard let host = url(string)?.host, !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
