/// "1 entry", "2 entries", "0 files": a count with its noun in the right number, for the
/// summaries and messages the commands print.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
