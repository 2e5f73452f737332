import Foundation
import Testing
@testable import DiglotKit

/// Every combination the writer tests run through both XLIFF versions.
struct XLIFFWriterCase: CustomTestStringConvertible, Sendable {
    var name: String
    var document: Document
    var copySource: Bool

    var testDescription: String { name }

    var options: XLIFFWriterOptions {
        XLIFFWriterOptions(targetLanguage: document.metadata.sourceLanguage.primary == "zh" ? "en" : "zh-Hans",
                           copySource: copySource, toolVersion: "test")
    }

    static let all: [XLIFFWriterCase] = [
        XLIFFWriterCase(name: "chinese", document: XLIFFTestDocuments.chinese(), copySource: false),
        XLIFFWriterCase(name: "chinese-copy", document: XLIFFTestDocuments.chinese(), copySource: true),
        XLIFFWriterCase(name: "chinese-sentences", document: XLIFFTestDocuments.chineseSegmented(), copySource: false),
        XLIFFWriterCase(name: "chinese-sentences-copy", document: XLIFFTestDocuments.chineseSegmented(), copySource: true),
        XLIFFWriterCase(name: "english-sentences", document: XLIFFTestDocuments.englishSegmented(), copySource: false),
        XLIFFWriterCase(name: "english-sentences-copy", document: XLIFFTestDocuments.englishSegmented(), copySource: true),
    ]
}
