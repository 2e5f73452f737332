import Foundation

/// Gale–Church length costs: how unlikely it is that a text of one length translates a text
/// of another.
///
/// Lengths are counted in characters for Chinese and Japanese and in words for languages
/// written with spaces, the units in which each language's length is most stable. The
/// expected ratio `c` and the variance per unit `s2` were calibrated on `../shared/parallel`
/// (WMT22 news both ways and FT / FT Chinese, 3,671 sentence pairs): `diglot-bench align
/// --calibrate` prints them. The cost of a pair is −ln P(|δ| ≥ observed), δ the length
/// difference scaled by its expected spread (Gale & Church 1993, with the mean of the two
/// lengths in the spread, so that a sentence without a counterpart has a finite cost).
struct LengthModel: Hashable, Sendable {
    /// Expected target length per unit of source length.
    var ratio: Double
    /// Variance of the target length per unit of source length.
    var variance: Double

    /// The model for a pair of languages, by how each counts length.
    static func between(source: LanguageTag, target: LanguageTag) -> LengthModel {
        switch (source.isCJK, target.isCJK) {
        case (true, false): LengthModel(ratio: 1 / chineseCharactersPerEnglishWord, variance: englishWordVariance)
        case (false, true): LengthModel(ratio: chineseCharactersPerEnglishWord, variance: chineseCharacterVariance)
        default: LengthModel(ratio: 1, variance: 0.5)
        }
    }

    /// Calibrated on `../shared/parallel` (`diglot-bench align --calibrate`).
    static let chineseCharactersPerEnglishWord = 1.648
    /// Variance of Chinese characters per English word.
    static let chineseCharacterVariance = 4.11
    /// Variance of English words per Chinese character.
    static let englishWordVariance = 0.92

    /// The length of `text` in its language's unit: characters (not spaces or punctuation)
    /// for Chinese and Japanese, words otherwise.
    static func length(of text: some StringProtocol, isCJK: Bool) -> Double {
        var count = 0
        if isCJK {
            for scalar in text.unicodeScalars where ScriptClass.isLetter(scalar) || scalar.properties.numericType != nil { count += 1 }
            return Double(count)
        }
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = ScriptClass.isLetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39)
            if isWordScalar, !inWord { count += 1 }
            inWord = isWordScalar
        }
        return Double(count)
    }

    /// −ln of the probability that a source of `sourceLength` gives a target of
    /// `targetLength` or one further from the expected length.
    func cost(source sourceLength: Double, target targetLength: Double) -> Double {
        let mean = max(1, (sourceLength + targetLength / ratio) / 2)
        let delta = abs(targetLength - ratio * sourceLength) / (mean * variance).squareRoot()
        return -log(max(erfc(delta / 2.0.squareRoot()), 1e-12))
    }

    /// The probability behind `cost`, for confidence figures.
    func probability(source sourceLength: Double, target targetLength: Double) -> Double {
        exp(-cost(source: sourceLength, target: targetLength))
    }
}

/// Measures the length ratio and variance of translated pairs, to calibrate `LengthModel`.
public enum AlignmentCalibration {
    /// The expected target length per unit of source length and the variance per unit, over
    /// `pairs` of (source, target) texts.
    public static func lengthStatistics(pairs: [(String, String)], source: LanguageTag, target: LanguageTag)
        -> (ratio: Double, variance: Double) {
        let lengths = pairs.map { (LengthModel.length(of: $0.0, isCJK: source.isCJK), LengthModel.length(of: $0.1, isCJK: target.isCJK)) }
        let sourceTotal = lengths.reduce(0) { $0 + $1.0 }
        let ratio = lengths.reduce(0) { $0 + $1.1 } / max(sourceTotal, 1)
        let variance = lengths.reduce(0) { $0 + ($1.1 - ratio * $1.0) * ($1.1 - ratio * $1.0) } / max(sourceTotal, 1)
        return (ratio, variance)
    }
}
