/// Hears how far a session has come: a progress bar, say. Called from any worker thread.
public protocol BatchProgress: Sendable {
    /// More steps to come: the inputs once collected, a feed's items once it is opened.
    func addSteps(_ count: Int)
    /// One step done.
    func advance()
    /// The session is over.
    func finish()
}
