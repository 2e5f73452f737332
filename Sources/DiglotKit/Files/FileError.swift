import Foundation

/// A file or path that cannot be used, as opposed to a bad input's content: the message names the path.
public enum FileError: Error, CustomStringConvertible {
    case wouldOverwriteInput(String)
    case cannotWrite(String, String)
    case cannotRead(String, String)
    case notFound(String)
    case noInputs(String)

    public var description: String { diagnostic.description }
}

extension FileError: DiagnosticConvertible {
    public var diagnostic: Diagnostic {
        switch self {
        case .wouldOverwriteInput(let path):
            Diagnostic(file: path, kind: .file, message: "refusing to overwrite an input file; choose another --output directory")
        case .cannotWrite(let path, let reason): Diagnostic(file: path, kind: .file, message: "cannot write: \(reason)")
        case .cannotRead(let path, let reason): Diagnostic(file: path, kind: .file, message: "cannot read: \(reason)")
        case .notFound(let path): Diagnostic(file: path, kind: .file, message: "no such file or directory")
        case .noInputs(let path): Diagnostic(file: path, kind: .file, message: "the directory holds no input files")
        }
    }
}
