/// Standard base64 (RFC 4648 section 4, with `=` padding) for the skeleton payload.
///
/// The skeleton is the largest single value in an exported file; encoding it with lookup
/// tables straight into the string's storage avoids copying it into `Data` and back.
/// Decoding ignores whitespace anywhere, because CAT tools re-indent and re-wrap the element
/// that holds it.
enum Base64 {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Value of each byte as a base64 digit; `invalid` for bytes outside the alphabet,
    /// `skipped` for ASCII whitespace, `padding` for `=`.
    private static let digitValues: [UInt8] = {
        var table = [UInt8](repeating: invalid, count: 256)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(value) }
        for byte in [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D] { table[byte] = skipped }
        table[Int(UInt8(ascii: "="))] = padding
        return table
    }()
    private static let invalid: UInt8 = 0xFF
    private static let skipped: UInt8 = 0xFE
    private static let padding: UInt8 = 0xFD

    /// `bytes` as one line of base64 text.
    static func encode(_ bytes: [UInt8]) -> String {
        let length = (bytes.count + 2) / 3 * 4
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { output in
            alphabet.withUnsafeBufferPointer { alphabet in
                bytes.withUnsafeBufferPointer { input in
                    var out = 0
                    var index = 0
                    while index + 3 <= input.count {
                        let group = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
                        output[out] = alphabet[Int(group >> 18)]
                        output[out + 1] = alphabet[Int(group >> 12 & 0x3F)]
                        output[out + 2] = alphabet[Int(group >> 6 & 0x3F)]
                        output[out + 3] = alphabet[Int(group & 0x3F)]
                        index += 3
                        out += 4
                    }
                    let rest = input.count - index
                    if rest > 0 {
                        let second = rest == 2 ? UInt32(input[index + 1]) : 0
                        let group = UInt32(input[index]) << 16 | second << 8
                        output[out] = alphabet[Int(group >> 18)]
                        output[out + 1] = alphabet[Int(group >> 12 & 0x3F)]
                        output[out + 2] = rest == 2 ? alphabet[Int(group >> 6 & 0x3F)] : UInt8(ascii: "=")
                        output[out + 3] = UInt8(ascii: "=")
                    }
                }
            }
            return length
        }
    }

    /// The bytes encoded in `text`, or nil when it is not base64. ASCII whitespace is
    /// skipped; padding is optional but, when present, only at the end.
    static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { input in
            digitValues.withUnsafeBufferPointer { digitValues in
                var failed = false
                let output = [UInt8](unsafeUninitializedCapacity: input.count / 4 * 3 + 3) { output, initialized in
                    var count = 0
                    var group: UInt32 = 0
                    var digits = 0
                    var paddingSeen = 0
                    func fail() {
                        failed = true
                        count = 0
                    }
                    scan: for byte in input {
                        let value = digitValues[Int(byte)]
                        if value < 64 {
                            guard paddingSeen == 0 else { fail(); break scan }
                            group = group << 6 | UInt32(value)
                            digits += 1
                            if digits == 4 {
                                output[count] = UInt8(truncatingIfNeeded: group >> 16)
                                output[count + 1] = UInt8(truncatingIfNeeded: group >> 8)
                                output[count + 2] = UInt8(truncatingIfNeeded: group)
                                count += 3
                                group = 0
                                digits = 0
                            }
                        } else if value == skipped {
                            continue
                        } else if value == padding {
                            paddingSeen += 1
                            // "xx==" or "xxx=": padding completes a group of two or three digits.
                            guard digits + paddingSeen <= 4, digits >= 2 else { fail(); break scan }
                        } else {
                            fail()
                            break scan
                        }
                    }
                    if !failed, paddingSeen > 0, digits + paddingSeen != 4 { fail() }
                    if !failed {
                        switch digits {
                        case 0:
                            break
                        case 2:
                            output[count] = UInt8(truncatingIfNeeded: group >> 4)
                            count += 1
                        case 3:
                            output[count] = UInt8(truncatingIfNeeded: group >> 10)
                            output[count + 1] = UInt8(truncatingIfNeeded: group >> 2)
                            count += 2
                        default:
                            fail()  // a single leftover digit carries less than a byte
                        }
                    }
                    initialized = count
                }
                return failed ? nil : output
            }
        }
    }
}
