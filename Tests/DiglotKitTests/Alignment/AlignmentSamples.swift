@testable import DiglotKit

/// A short English news article and a Chinese translation whose paragraphs were merged, as
/// between editions. Written for the tests.
enum AlignmentSamples {
    static let english = """
        Heatwave grips southern China

        Temperatures in Guangzhou reached 39 degrees on July 7, the highest since records began in 1951.

        The city's power grid supplied 25 million households, and officials asked factories to cut use by 15%.

        "We expect the heat to last until Friday," said Li Wei, a forecaster at the provincial weather bureau.

        Hospitals treated more than 300 people for heatstroke.
        """

    static let chinese = """
        华南遭遇热浪

        7月7日，广州气温达到39度，为1951年有记录以来最高。该市电网为2500万户家庭供电，官员要求工厂减少15%的用电。

        省气象局预报员李伟说：“我们预计高温将持续到周五。”医院收治了300多名中暑患者。
        """

    /// What each unit of `english` should receive, in order.
    static let expectedTargets = [
        "华南遭遇热浪",
        "7月7日，广州气温达到39度，为1951年有记录以来最高。",
        "该市电网为2500万户家庭供电，官员要求工厂减少15%的用电。",
        "省气象局预报员李伟说：“我们预计高温将持续到周五。”",
        "医院收治了300多名中暑患者。",
    ]

    static func document(_ text: String, name: String, language: LanguageTag) throws -> Document {
        guard let document = try ArticleReader().read(InputSource(name: name, bytes: Array(text.utf8), language: language)).first else {
            throw ReaderError(input: name, reason: "no document")
        }
        return document
    }

    /// Non-space characters of `text`, in order.
    static func characters(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !$0.properties.isWhitespace }
    }
}
