extension InputFormat {
    /// Recognises the format from the bytes, never from a file name (`InputHead` says how);
    /// nil for bytes that are not text and for no bytes at all. A caller that goes on to read
    /// the input sniffs it with `SniffedInput` instead, which decides this once with the rest.
    public static func detect(_ bytes: [UInt8]) -> InputFormat? {
        InputHead(bytes).format
    }

}
