import Foundation
import Testing
@testable import DiglotKit

/// The grouping of real pages read by the real reader: figures, captions, lists, tables and
/// definition lists, stated as the layout's dump.
@Suite struct BlockLayoutTests {
    static func document(_ name: String) throws -> Document {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/Layout"))
        return try read(name: name, bytes: Array(try Data(contentsOf: url)))
    }

    static func read(name: String, bytes: [UInt8]) throws -> Document {
        try #require(try ArticleReader().read(InputSource(name: name, bytes: bytes)).first)
    }

    /// A page with every group: a picture with two captions, a table's caption, ordered and
    /// unordered lists next to each other, lists nested two ways and one level skipped.
    @Test func groupsEveryKindOfBlockOnce() throws {
        let layout = BlockLayout(try Self.document("layout-cases.html").blocks)
        #expect(layout.dump() == """
            title Harbour plan: the council lists its steps
            p The council published its plan for the harbour on Monday, listing the steps it will take this year.
            figure img The harbour at dawn
              caption The harbour at dawn, seen from the old pier.
              caption Photograph by the city archive, used with permission.
            p Officials said the first steps were agreed after months of talks with residents and shop owners.
            ol
              li Repair the sea wall before the winter storms arrive.
              li Open the new ferry terminal in the spring.
            ul
              li Residents asked for more trees along the front.
            ol
              li Publish a report on progress every quarter.
              li Hold a public meeting each autumn.
            p The budget for the work is set out in the table below, year by year.
            figure
              caption Spending by year, in millions of pounds
            table 0
              tr th Year | th Amount
              tr td 2024 | td Twelve
              tr td 2025 | td Nine
            p Each phase has its own smaller steps, which the council described in detail.
            ol
              li Phase one covers the harbour itself.
                ul
                  li It includes the old pier.
                  li It includes the slipway.
                ol
                  li Work starts in March.
              li Phase two covers the promenade.
                ul
                  li -
                    ul
                      li Lighting is replaced last.
            dl
              dt Sea wall
              dd The barrier along the front that keeps out the tide.
              dt Slipway
              dd The ramp used to launch small boats.
            p The council will vote on the plan at its next meeting in the town hall.
            """)
    }

    /// Every block reaches the layout exactly once, in reading order.
    @Test(arguments: ["layout-cases.html", "rfi-0004.txt"])
    func keepsEveryBlockInOrder(_ name: String) throws {
        let document = try Self.document(name)
        let ids = BlockLayout(document.blocks).nodes.flatMap(Self.blocks).map(\.id)
        #expect(ids == document.blocks.map(\.id))
    }

    /// RFI's picture is a data: placeholder the reader drops; its caption stays a caption, in a
    /// figure of its own, not a paragraph of the article.
    @Test func keepsALoneCaptionOfARealArticleAsACaption() throws {
        let layout = BlockLayout(try Self.document("rfi-0004.txt").blocks)
        let figures = layout.nodes.compactMap { node -> LayoutFigure? in
            if case .figure(let figure) = node { return figure }
            return nil
        }
        #expect(figures.count == 2)
        #expect(figures.first?.image != nil && figures.first?.captions.isEmpty == true)
        let lone = try #require(figures.last)
        #expect(lone.image == nil)
        #expect(lone.captions.map(\.plainText) == ["刚在民主派初选九龙东选区以第一位胜出的黄之锋，连日来遭到连番汽车跟踪，他在7月20日于面书（facebook）发表《严正声明》 © 网上截图"])
        #expect(!layout.nodes.contains { if case .block(let block) = $0 { block.role == .caption } else { false } })
    }

    /// Small pages, each stating one rule.
    static let cases: [(name: String, body: String, dump: String)] = [
        ("captions after a picture stay with it; the next picture starts a figure",
         """
         <figure><img src="a.jpg" alt="The first picture of the day"><figcaption>The first caption of the picture.</figcaption>\
         <figcaption>The second caption of the picture.</figcaption><figcaption>The third caption of the picture.</figcaption></figure>\
         <figure><img src="b.jpg" alt="The second picture of the day"></figure>
         """,
         """
         figure img The first picture of the day
           caption The first caption of the picture.
           caption The second caption of the picture.
           caption The third caption of the picture.
         figure img The second picture of the day
         """),
        ("captions in a row without a picture form one figure",
         """
         <p>The report opened with two captions and no picture at all.</p>\
         <figure><figcaption>A caption whose picture is gone.</figcaption><figcaption>Another caption whose picture is gone.</figcaption></figure>
         """,
         """
         p The report opened with two captions and no picture at all.
         figure
           caption A caption whose picture is gone.
           caption Another caption whose picture is gone.
         """),
        ("a list of the other kind at the same depth starts a new list",
         """
         <ul><li>An unordered item comes first here.</li></ul><ol><li>An ordered item follows it here.</li></ol>\
         <ul><li>An unordered item closes the run.</li></ul>
         """,
         """
         ul
           li An unordered item comes first here.
         ol
           li An ordered item follows it here.
         ul
           li An unordered item closes the run.
         """),
        ("a list nested without an item gets an empty one",
         """
         <ul><ul><li>An item two levels down with nothing above it.</li></ul></ul>
         """,
         """
         ul
           li -
             ul
               li An item two levels down with nothing above it.
         """),
        ("two tables in a row stay two tables",
         """
         <table><tr><td>The first table's only cell.</td></tr></table><table><tr><td>The second table's first cell.</td>\
         <td>The second table's second cell.</td></tr><tr><td>The second table's last cell.</td></tr></table>
         """,
         """
         table 0
           tr td The first table's only cell.
         table 1
           tr td The second table's first cell. | td The second table's second cell.
           tr td The second table's last cell.
         """),
        ("a paragraph ends a definition list",
         """
         <dl><dt>Harbour</dt><dd>A sheltered place where ships stay.</dd></dl><p>The council explained its other terms below.</p>\
         <dl><dt>Pier</dt><dd>A platform built out over the water.</dd></dl>
         """,
         """
         dl
           dt Harbour
           dd A sheltered place where ships stay.
         p The council explained its other terms below.
         dl
           dt Pier
           dd A platform built out over the water.
         """),
    ]

    @Test(arguments: cases.map(\.name))
    func groupsASmallPage(_ name: String) throws {
        let example = try #require(Self.cases.first { $0.name == name })
        let page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Layout</title></head><body><article>"
            + example.body + "</article></body></html>"
        let document = try Self.read(name: "page.html", bytes: Array(page.utf8))
        #expect(BlockLayout(document.blocks).dump() == "title Layout\n" + example.dump)
    }

    /// Flattened for the EPUB, each ordered item keeps its number within its own list: a second
    /// `<ol>` after a bullet list starts again at 1, a nested list starts at 1 under each item.
    @Test func numbersOrderedItemsWithinTheirOwnList() throws {
        let layout = BlockLayout(try Self.document("layout-cases.html").blocks)
        let flat = layout.nodes.flatMap { node -> [FlatListItem] in
            if case .list(let list) = node { return list.flattened }
            return []
        }
        #expect(flat.map { "\($0.ordered ? "ol" : "ul") \($0.depth) \($0.number)" } == [
            "ol 1 1", "ol 1 2", "ul 1 1", "ol 1 1", "ol 1 2",
            "ol 1 1", "ul 2 1", "ul 2 2", "ol 2 1", "ol 1 2", "ul 3 1",
        ])
    }

    private static func blocks(_ node: LayoutNode) -> [Block] {
        switch node {
        case .block(let block): [block]
        case .list(let list): list.flattened.map(\.block)
        case .table(let table): Array(table.rows.joined())
        case .definitionList(let entries): entries
        case .figure(let figure): (figure.image.map { [$0] } ?? []) + figure.captions
        }
    }
}
