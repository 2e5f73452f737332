/// An article's blocks grouped once into the elements that hold them, for every page writer.
///
/// A `Document` keeps blocks flat, each with its role; HTML and XHTML need the grouping back:
/// list items into nested lists, table cells into rows of one table, terms and definitions into
/// one definition list, a picture and its captions into one figure. Grouping here, once, keeps
/// the web page of an import and the chapters of an EPUB from disagreeing about where a list
/// ends or which captions belong to a picture; the writers only decide how each node looks.
///
/// The rules:
/// - Consecutive list items form lists nested by depth. At one depth, an item of the other kind
///   (ordered or not) ends the list and starts a new one, which numbers from 1 again, as a
///   browser numbers a second `<ol>`. An item deeper than the next level gets unordered lists
///   in between, each holding one empty item.
/// - Consecutive cells of one table form that table, a new row at each change of row index.
/// - Consecutive terms and definitions form one definition list.
/// - A picture and all captions right after it form one figure. Captions with no picture before
///   them (a table's caption, a picture the reader dropped) form a figure of their own: they
///   are still captions, never body text.
/// - Every other block stands alone.
struct BlockLayout: Hashable, Sendable {
    var nodes: [LayoutNode]

    init(_ blocks: some Sequence<Block>) {
        var builder = Builder()
        for block in blocks { builder.add(block) }
        nodes = builder.finish()
    }
}

/// One element of an article's body.
enum LayoutNode: Hashable, Sendable {
    /// A block needing no group: title, heading, paragraph, quote, preformatted text, separator.
    case block(Block)
    case list(LayoutList)
    case table(LayoutTable)
    /// Terms and definitions in their order.
    case definitionList([Block])
    case figure(LayoutFigure)
}

/// One `<ul>` or `<ol>`.
struct LayoutList: Hashable, Sendable {
    var ordered: Bool
    /// 1 for a top-level list.
    var depth: Int
    var items: [LayoutListItem]
}

/// One `<li>`: its block (none for an item that only holds a deeper list) and the lists nested in it.
struct LayoutListItem: Hashable, Sendable {
    var block: Block?
    var lists: [LayoutList]
}

/// A list item in reading order with its place: what a writer that flattens lists needs.
struct FlatListItem: Hashable, Sendable {
    var block: Block
    var ordered: Bool
    var depth: Int
    /// Position in its own list from 1, as a browser numbers an `<ol>`.
    var number: Int
}

extension LayoutList {
    /// Items with a block in reading order, nested lists after their item.
    var flattened: [FlatListItem] {
        var flat: [FlatListItem] = []
        for (index, item) in items.enumerated() {
            if let block = item.block {
                flat.append(FlatListItem(block: block, ordered: ordered, depth: depth, number: index + 1))
            }
            for list in item.lists { flat += list.flattened }
        }
        return flat
    }
}

/// One `<table>`: rows of cells in order.
struct LayoutTable: Hashable, Sendable {
    /// The table's index within the article, from the cells' roles.
    var index: Int
    var rows: [[Block]]
}

/// A picture with its captions, or captions standing for a picture the article does not have.
struct LayoutFigure: Hashable, Sendable {
    /// The `.image` block; nil for captions with no picture before them.
    var image: Block?
    var captions: [Block]
}

extension BlockLayout {
    /// Groups blocks as they arrive; one open group at a time, since a block of another kind
    /// always ends the open one.
    private struct Builder {
        private var nodes: [LayoutNode] = []
        private var open: Open?

        private enum Open {
            /// Top-level list first; the last item of each open list may take a deeper list.
            case lists([LayoutList])
            case table(LayoutTable)
            case definitionList([Block])
            case figure(LayoutFigure)
        }

        mutating func add(_ block: Block) {
            switch block.role {
            case .listItem(let ordered, let depth):
                var lists: [LayoutList] = []
                if case .lists(let current) = open { lists = current }
                if depth <= 1, lists.first?.ordered != ordered { lists = [] }
                if lists.isEmpty { close() }
                Self.addItem(block, ordered: ordered, depth: max(1, depth), to: &lists)
                open = .lists(lists)
            case .tableCell(_, let index, let row, _):
                var table = LayoutTable(index: index, rows: [])
                if case .table(let current) = open, current.index == index { table = current } else { close() }
                if let last = table.rows.last?.last, Self.row(of: last) == row {
                    table.rows[table.rows.count - 1].append(block)
                } else {
                    table.rows.append([block])
                }
                open = .table(table)
            case .definitionTerm, .definition:
                var entries: [Block] = []
                if case .definitionList(let current) = open { entries = current } else { close() }
                open = .definitionList(entries + [block])
            case .image:
                close()
                open = .figure(LayoutFigure(image: block, captions: []))
            case .caption:
                var figure = LayoutFigure(image: nil, captions: [])
                if case .figure(let current) = open { figure = current } else { close() }
                figure.captions.append(block)
                open = .figure(figure)
            case .title, .heading, .paragraph, .blockquote, .preformatted, .separator:
                close()
                nodes.append(.block(block))
            }
        }

        mutating func finish() -> [LayoutNode] {
            close()
            return nodes
        }

        private mutating func close() {
            switch open {
            case .lists(let lists):
                if let top = Self.closing(lists) { nodes.append(.list(top)) }
            case .table(let table): nodes.append(.table(table))
            case .definitionList(let entries): nodes.append(.definitionList(entries))
            case .figure(let figure): nodes.append(.figure(figure))
            case nil: break
            }
            open = nil
        }

        private static func row(of cell: Block) -> Int? {
            if case .tableCell(_, _, let row, _) = cell.role { return row }
            return nil
        }

        /// Adds an item at `depth` to the open lists (outermost first), closing deeper lists
        /// and a list of the other kind at that depth, and opening lists down to it.
        /// A top-level list of the other kind is the caller's: it becomes a node of its own.
        private static func addItem(_ block: Block, ordered: Bool, depth: Int, to lists: inout [LayoutList]) {
            while lists.count > depth { closeInnermost(&lists) }
            if lists.count == depth, depth > 1, lists[depth - 1].ordered != ordered { closeInnermost(&lists) }
            while lists.count < depth {
                if let last = lists.indices.last, lists[last].items.isEmpty {
                    // A list nested without an item to hold it: give it an empty one.
                    lists[last].items.append(LayoutListItem(block: nil, lists: []))
                }
                let level = lists.count + 1
                lists.append(LayoutList(ordered: level == depth ? ordered : false, depth: level, items: []))
            }
            lists[lists.count - 1].items.append(LayoutListItem(block: block, lists: []))
        }

        /// Ends the innermost open list, moving it into its parent's last item.
        private static func closeInnermost(_ lists: inout [LayoutList]) {
            guard let inner = lists.popLast(), let parent = lists.indices.last,
                  let item = lists[parent].items.indices.last else { return }
            lists[parent].items[item].lists.append(inner)
        }

        /// The top-level list with every open list moved into its parent.
        private static func closing(_ lists: [LayoutList]) -> LayoutList? {
            var lists = lists
            while lists.count > 1 { closeInnermost(&lists) }
            return lists.first
        }
    }
}
