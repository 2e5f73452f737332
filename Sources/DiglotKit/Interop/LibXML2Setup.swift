internal import CLibXML2

/// libxml2's process-wide set-up (`xmlInitParser`: character encoding handlers, the
/// dictionary lock, the default memory functions), run once before anything parses or writes.
///
/// libxml2 2.9 starts it lazily on first use, and two threads starting it together race: a
/// writer looking up its "UTF-8" encoder while a parser on another thread is still filling the
/// handler table dereferences a null entry. Every entry point into libxml2 in `Interop/` calls
/// `ensure()` first; Swift runs the initialiser exactly once, and other threads wait for it.
enum LibXML2Setup {
    private static let done: Void = { xmlInitParser() }()

    /// Runs the set-up if no thread has yet; cheap afterwards.
    @inline(__always)
    static func ensure() { _ = done }
}
