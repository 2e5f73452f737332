/// Turns one model value into the bytes of one output file. Writers never touch the disk.
///
/// The counterpart of `DocumentReader`: readers return the model, writers take it and return
/// bytes, and only the CLI and the sessions decide where the bytes go. The input differs by
/// stage (a `Document` for export packages, a `TranslatedDocument` after import, a `Book` of
/// many articles), so it is an associated type, as are the options and the typed error; what
/// every writer shares is the shape and its promise: the same input and options give the same
/// bytes, whatever the clock, machine or time zone.
public protocol DocumentWriter: Sendable {
    associatedtype Input
    associatedtype Options: Sendable
    associatedtype Failure: Error
    func write(_ input: Input, options: Options) throws(Failure) -> [UInt8]
}

extension DocumentWriter where Options == Void {
    /// A writer with no options is called without them.
    public func write(_ input: Input) throws(Failure) -> [UInt8] {
        try write(input, options: ())
    }
}

extension XLIFF12Writer: DocumentWriter {}
extension XLIFF21Writer: DocumentWriter {}
extension EPUBWriter: DocumentWriter {}
extension HTMLWriter: DocumentWriter {}
