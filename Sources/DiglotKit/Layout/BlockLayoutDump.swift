/// A readable, indented text form of a layout, for tests and debugging.
///
/// One line per node and per block: the element it becomes and the block's source text
/// (`-` for an item that only holds a deeper list), so a test states the whole grouping of a
/// real article in one multi-line literal.
extension BlockLayout {
    func dump() -> String {
        var lines: [String] = []
        for node in nodes { Self.dump(node, indent: "", into: &lines) }
        return lines.joined(separator: "\n")
    }

    private static func dump(_ node: LayoutNode, indent: String, into lines: inout [String]) {
        switch node {
        case .block(let block):
            lines.append(indent + line(block.role.name, block))
        case .list(let list):
            dump(list, indent: indent, into: &lines)
        case .table(let table):
            lines.append(indent + "table \(table.index)")
            for row in table.rows {
                lines.append(indent + "  tr " + row.map { line($0.role.name, $0) }.joined(separator: " | "))
            }
        case .definitionList(let entries):
            lines.append(indent + "dl")
            for entry in entries { lines.append(indent + "  " + line(entry.role.name, entry)) }
        case .figure(let figure):
            lines.append(indent + (figure.image.map { line("figure img", $0) } ?? "figure"))
            for caption in figure.captions { lines.append(indent + "  " + line("caption", caption)) }
        }
    }

    private static func dump(_ list: LayoutList, indent: String, into lines: inout [String]) {
        lines.append(indent + (list.ordered ? "ol" : "ul"))
        for item in list.items {
            lines.append(indent + "  li " + (item.block.map(text) ?? "-"))
            for nested in item.lists { dump(nested, indent: indent + "    ", into: &lines) }
        }
    }

    private static func line(_ name: String, _ block: Block) -> String {
        let text = text(block)
        return text.isEmpty ? name : "\(name) \(text)"
    }

    private static func text(_ block: Block) -> String {
        block.plainText.collapsingWhiteSpace
    }
}
