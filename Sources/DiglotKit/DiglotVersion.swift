/// Diglot's version, the one place it is kept: `diglot --version` prints it and the writers
/// record it (`tool-version` in XLIFF 1.2, the tool metadata of 2.1, TMX's `creationtoolversion`).
public enum DiglotVersion {
    public static let current = "0.1.0"
}
