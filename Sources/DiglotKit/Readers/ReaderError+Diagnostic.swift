extension ReaderError: DiagnosticConvertible {
    public var diagnostic: Diagnostic { Diagnostic(file: input, line: line, column: column, kind: .input, message: reason) }
}
