#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strict conversion of legacy-encoded bytes (GB18030, Big5, …) to UTF-8 through the C library's iconv.
///
/// Used to *try* an encoding when the bytes declare none: a conversion that meets an invalid
/// sequence returns nil instead of substituting characters, so a wrong guess is detectable.
/// (libxml2's own `xmlCharEncInFunc` reports such errors on stderr, which a CLI must not do.)
enum TextTranscoder {
    /// The bytes converted to UTF-8, or nil when the encoding is unknown or the bytes are invalid in it.
    static func utf8(from bytes: [UInt8], encoding: String) -> [UInt8]? {
        utf8(from: bytes, encoding: encoding, maximumReplacements: 0)?.text
    }

    /// Lenient conversion: each invalid byte becomes U+FFFD, up to `maximumReplacements` of them
    /// (real pages in GBK or Big5 often carry a stray corrupt byte or two).
    static func utf8(from bytes: [UInt8], encoding: String, maximumReplacements: Int) -> (text: [UInt8], replacements: Int)? {
        let converter = iconv_open("UTF-8", encoding)
        // iconv_open signals failure with (iconv_t)-1.
        guard let handle = converter, Int(bitPattern: handle) != -1 else { return nil }
        defer { iconv_close(handle) }
        if bytes.isEmpty { return ([], 0) }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var produced = 0
        var replacements = 0
        var input = bytes
        let succeeded: Bool = input.withUnsafeMutableBufferPointer { inBuffer in
            guard let inBase = inBuffer.baseAddress else { return false }
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            while inLeft > 0 {
                if output.count - produced < 16 { output.append(contentsOf: repeatElement(0, count: output.count)) }
                let result: Int = output.withUnsafeMutableBufferPointer { outBuffer in
                    guard let outBase = outBuffer.baseAddress else { return -1 }
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase + produced).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count - produced
                    let before = outLeft
                    let converted = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    produced += before - outLeft
                    return converted
                }
                if result == -1 {
                    // E2BIG: grow the output and continue; anything else is an invalid or truncated sequence.
                    if errno == E2BIG { output.append(contentsOf: repeatElement(0, count: output.count)); continue }
                    guard replacements < maximumReplacements, inLeft > 0 else { return false }
                    // Skip one invalid byte, write U+FFFD, and resynchronise.
                    replacements += 1
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    if output.count - produced < 3 { output.append(contentsOf: repeatElement(0, count: output.count)) }
                    output[produced] = 0xEF; output[produced + 1] = 0xBF; output[produced + 2] = 0xBD
                    produced += 3
                }
            }
            return true
        }
        guard succeeded else { return nil }
        output.removeSubrange(produced...)
        return (output, replacements)
    }
}
