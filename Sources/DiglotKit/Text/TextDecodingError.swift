/// Why the bytes of an input could not be read as text: one line, naming the input.
///
/// The text layer knows nothing of readers; a reader turns this into its `ReaderError`
/// with the same input and reason.
struct TextDecodingError: Error, Hashable, Sendable {
    var input: String
    var reason: String
}
